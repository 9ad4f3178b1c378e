// kiosk/core/calendar/seats.cpp — seats left, and reading seats from a query (rule in seats.h).
#include "kiosk/core/calendar/seats.h"

#include <sqlite3.h>

#include <algorithm>
#include <unordered_set>

namespace kiosk {

std::optional<int> Seats::Left() const {
  if (!capacity) return std::nullopt;
  return std::max(0, *capacity - confirmed - waitlisted);
}

Seats ReadSeats(const db::Statement& row, int first_column) {
  Seats seats;
  if (const auto capacity = row.ColumnOptionalInt(first_column)) seats.capacity = static_cast<int>(*capacity);
  seats.confirmed = static_cast<int>(row.ColumnInt(first_column + 1));
  seats.waitlisted = static_cast<int>(row.ColumnInt(first_column + 2));
  return seats;
}

namespace {

// The connections a KeptSeatCounts lives on (one thread uses a connection at a time).
std::unordered_set<sqlite3*>& KeepingConnections() {
  static std::unordered_set<sqlite3*> connections;
  return connections;
}

// One row per occurrence with sign-ups; an insert, update or delete of a sign-up moves its
// occurrence's counts by what the row counted before and counts after.
constexpr const char* kKeepSeatsSql = R"sql(
  PRAGMA temp_store = MEMORY;
  CREATE TEMP TABLE kept_seats(occurrence_id INTEGER PRIMARY KEY, confirmed INTEGER NOT NULL,
                               waitlisted INTEGER NOT NULL);
  INSERT INTO temp.kept_seats
    SELECT occurrence_id, sum(status = 'confirmed' AND role = 'resident'), sum(status = 'waitlisted')
      FROM main.signups GROUP BY occurrence_id;
  CREATE TEMP TRIGGER kept_seats_insert AFTER INSERT ON main.signups BEGIN
    INSERT OR IGNORE INTO kept_seats VALUES(new.occurrence_id, 0, 0);
    UPDATE kept_seats SET confirmed = confirmed + (new.status = 'confirmed' AND new.role = 'resident'),
                          waitlisted = waitlisted + (new.status = 'waitlisted')
      WHERE occurrence_id = new.occurrence_id;
  END;
  CREATE TEMP TRIGGER kept_seats_delete AFTER DELETE ON main.signups BEGIN
    UPDATE kept_seats SET confirmed = confirmed - (old.status = 'confirmed' AND old.role = 'resident'),
                          waitlisted = waitlisted - (old.status = 'waitlisted')
      WHERE occurrence_id = old.occurrence_id;
  END;
  CREATE TEMP TRIGGER kept_seats_update AFTER UPDATE OF occurrence_id, status, role ON main.signups BEGIN
    UPDATE kept_seats SET confirmed = confirmed - (old.status = 'confirmed' AND old.role = 'resident'),
                          waitlisted = waitlisted - (old.status = 'waitlisted')
      WHERE occurrence_id = old.occurrence_id;
    INSERT OR IGNORE INTO kept_seats VALUES(new.occurrence_id, 0, 0);
    UPDATE kept_seats SET confirmed = confirmed + (new.status = 'confirmed' AND new.role = 'resident'),
                          waitlisted = waitlisted + (new.status = 'waitlisted')
      WHERE occurrence_id = new.occurrence_id;
  END;
)sql";

constexpr const char* kDropKeptSeatsSql =
    "DROP TRIGGER IF EXISTS temp.kept_seats_insert; DROP TRIGGER IF EXISTS temp.kept_seats_delete; "
    "DROP TRIGGER IF EXISTS temp.kept_seats_update; DROP TABLE IF EXISTS temp.kept_seats";

}  // namespace

KeptSeatCounts::KeptSeatCounts(db::Database& db) : db_(db) {
  db_.Exec(kKeepSeatsSql);
  KeepingConnections().insert(db_.handle());
}

KeptSeatCounts::~KeptSeatCounts() {
  KeepingConnections().erase(db_.handle());
  sqlite3_exec(db_.handle(), kDropKeptSeatsSql, nullptr, nullptr, nullptr);
}

std::optional<Seats> LoadSeats(db::Database& db, int64_t occurrence_id) {
  const bool kept = KeepingConnections().contains(db.handle());
  db::Statement query(db, kept ? "SELECT e.capacity, coalesce(k.confirmed, 0), coalesce(k.waitlisted, 0) "
                                 "FROM occurrences o JOIN events e ON e.id = o.event_id "
                                 "LEFT JOIN temp.kept_seats k ON k.occurrence_id = o.id WHERE o.id = ?1"
                               : "SELECT " KIOSK_SEATS_COLUMNS_SQL
                                 " FROM occurrences o JOIN events e ON e.id = o.event_id WHERE o.id = ?1");
  query.Bind(1, occurrence_id);
  if (!query.Step()) return std::nullopt;
  return ReadSeats(query, 0);
}

}  // namespace kiosk
