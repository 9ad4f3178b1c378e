// kiosk/core/signup/waitlist.h — filling free seats from the waitlist: the one promotion used when a
// cancel frees a seat, before a sign-up decides, and when the office import raises a capacity.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/calendar/occurrence_facts.h"
#include "kiosk/core/storage/sqlite.h"
#include "kiosk/core/time/local_time.h"

namespace kiosk {

// Moves waitlisted residents to confirmed while seats.h has a seat for the waitlist, first come
// first served: one 'promote' operation each (applied, and appended to the outbox). Nobody is
// promoted on a cancelled or ended occurrence. `freed_by`: the cancelled sign-up that freed the
// seat (none: the capacity was raised). Runs inside the caller's transaction; returns the
// promoted sign-up ids.
std::vector<std::string> FillSeatsFromWaitlist(db::Database& db, const OccurrenceFacts& facts,
                                               const LocalDateTime& now,
                                               const std::optional<std::string>& freed_by);

}  // namespace kiosk
