// kiosk/core/signup/waitlist.cpp — promotion from the waitlist into free seats (waitlist.h).
#include "kiosk/core/signup/waitlist.h"

#include "kiosk/core/calendar/seats.h"
#include "kiosk/core/signup/signup_operations.h"
#include "kiosk/core/storage/outbox.h"

namespace kiosk {

std::vector<std::string> FillSeatsFromWaitlist(db::Database& db, const OccurrenceFacts& facts,
                                               const LocalDateTime& now,
                                               const std::optional<std::string>& freed_by) {
  std::vector<std::string> promoted;
  if (facts.cancelled || now >= facts.end) return promoted;
  db::Statement first(db,
                      "SELECT id FROM signups WHERE occurrence_id = ?1 AND status = 'waitlisted' "
                      "ORDER BY waitlist_position, created_at, id LIMIT 1");
  for (;;) {
    const std::optional<Seats> seats = LoadSeats(db, facts.occurrence_id);
    if (!seats || seats->waitlisted == 0 || !seats->SeatForWaitlist()) break;
    first.Bind(1, facts.occurrence_id);
    if (!first.Step()) break;
    const PromoteOp op{
        first.ColumnText(0), facts.occurrence_id, facts.event_uid, facts.recurrence_id, now, freed_by};
    first.Reset();
    if (Apply(db, op) != ApplyResult::kApplied) break;  // cannot happen on the kiosk's own state
    AppendOutboxOperation(db, op, now);
    promoted.push_back(op.signup_id);
  }
  return promoted;
}

}  // namespace kiosk
