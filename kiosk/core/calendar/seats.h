// kiosk/core/calendar/seats.h — the one definition of seats taken, left and waiting on an occurrence,
// and the one SQL that fills it. Every list, the detail and the sign-up rule read seats through
// this struct; the UI only formats it.
//
// The rule (what a resident sees):
//   * Capacity counts confirmed RESIDENTS only (events.capacity; none = no limit). Volunteers who
//     serve never take a seat.
//   * A seat that is free while people wait belongs to the first of them, never to a newcomer
//     (the next write on the occurrence, or the import that raised the capacity, promotes them).
//     So seats left = capacity - confirmed residents - people waiting, never below 0.
#pragma once

#include <cstdint>
#include <optional>

#include "kiosk/core/storage/sqlite.h"

namespace kiosk {

struct Seats {
  std::optional<int> capacity;  // none: no limit (the UI shows no seat count)
  int confirmed = 0;            // confirmed residents
  int waitlisted = 0;           // people on the waitlist

  // Seats a newcomer may take ("余N位"); none: no limit.
  std::optional<int> Left() const;
  // No seat for a newcomer: "已满", the waitlist is offered at NextWaitlistPosition().
  bool Full() const { return Left() == 0; }
  // A seat is free for the first on the waitlist (capacity - confirmed > 0, or no limit).
  bool SeatForWaitlist() const { return !capacity || confirmed < *capacity; }
  // The place a newcomer would get on the waitlist: "您将排在第N位".
  int NextWaitlistPosition() const { return waitlisted + 1; }
};

// The three columns ReadSeats() reads — capacity, confirmed residents, people waiting — for a
// query over occurrences aliased `o` joined to their events aliased `e`. A macro so it joins the
// queries' string literals at compile time.
#define KIOSK_SEATS_COLUMNS_SQL                                                                 \
  "e.capacity, "                                                                                \
  "(SELECT count(*) FROM signups su WHERE su.occurrence_id = o.id AND su.status = 'confirmed' " \
  "AND su.role = 'resident'), "                                                                 \
  "(SELECT count(*) FROM signups su WHERE su.occurrence_id = o.id AND su.status = 'waitlisted')"

// Reads the KIOSK_SEATS_COLUMNS_SQL columns starting at `first_column`.
Seats ReadSeats(const db::Statement& row, int first_column);

// The seats of one occurrence as stored now; nullopt when no such occurrence exists. Counts the
// occurrence's sign-ups, or reads the running counts while a KeptSeatCounts lives on `db`.
std::optional<Seats> LoadSeats(db::Database& db, int64_t occurrence_id);

// For a writer that applies many operations on one connection (the office merge): while alive,
// the confirmed residents and people waiting of every occurrence are kept as running counts in
// temp.kept_seats, which temp triggers on signups keep true through every insert, update and
// delete (and which roll back with the caller's transaction), so LoadSeats costs one index
// look-up instead of a count over the occurrence's sign-ups. The rule stays Seats'; only where
// the two numbers come from changes. The temp objects live on this connection only, never in
// the database file; the counts are filled once (one pass over signups) when constructed.
class KeptSeatCounts {
 public:
  explicit KeptSeatCounts(db::Database& db);
  ~KeptSeatCounts();
  KeptSeatCounts(const KeptSeatCounts&) = delete;
  KeptSeatCounts& operator=(const KeptSeatCounts&) = delete;

 private:
  db::Database& db_;
};

}  // namespace kiosk
