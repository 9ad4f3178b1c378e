// kiosk/core/signup/signup_listing.h — what 报名参加 on the home screen lists: the occurrences a resident
// can sign up for right now (window open, not cancelled, not over), with seats left or 已满.
// Read-only; the rules themselves are in signups.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/calendar/seats.h"
#include "kiosk/core/storage/sqlite.h"
#include "kiosk/core/time/local_time.h"

namespace kiosk {

struct OpenForSignUp {
  int64_t occurrence_id = 0;
  std::string title;
  std::string site;   // community, e.g. "同福社区"
  std::string venue;  // place; the site and room when the event names none
  LocalDateTime start;
  LocalDateTime end;
  Seats seats;  // capacity, confirmed residents, waiting (seats.h)
};

// Occurrences whose sign-up window is open at `now` (signups.h: opens inclusive, closes
// exclusive, closes at the start when no close is set), not cancelled, earliest first, at most
// `limit`. Full ones are included: the resident may still join the waitlist.
std::vector<OpenForSignUp> OccurrencesOpenForSignUp(db::Database& db, const LocalDateTime& now, int limit);

}  // namespace kiosk
