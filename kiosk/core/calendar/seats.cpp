// kiosk/core/calendar/seats.cpp — seats left, and reading seats from a query (rule in seats.h).
#include "kiosk/core/calendar/seats.h"

#include <algorithm>

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

std::optional<Seats> LoadSeats(db::Database& db, int64_t occurrence_id) {
  db::Statement query(db, "SELECT " KIOSK_SEATS_COLUMNS_SQL
                          " FROM occurrences o JOIN events e ON e.id = o.event_id WHERE o.id = ?1");
  query.Bind(1, occurrence_id);
  if (!query.Step()) return std::nullopt;
  return ReadSeats(query, 0);
}

}  // namespace kiosk
