// kiosk/core/calendar/occurrence_facts.h — one occurrence with the event facts the sign-up and check-in
// rules decide on (times, status, capacity, sign-up window), read in one query.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "kiosk/core/storage/sqlite.h"
#include "kiosk/core/storage/stored_times.h"  // ParseStoredTime
#include "kiosk/core/time/local_time.h"

namespace kiosk {

struct OccurrenceFacts {
  int64_t occurrence_id = 0;
  int64_t event_id = 0;
  std::string event_uid;
  std::string recurrence_id;
  std::string title;
  std::string site;   // community name, e.g. "福圣社区"
  std::string venue;  // place; the site and room when the event names none
  LocalDateTime start;
  LocalDateTime end;
  bool cancelled = false;                      // the occurrence or its whole event is cancelled
  std::optional<int> capacity;                 // none: no limit
  std::optional<LocalDateTime> signup_opens;   // none: open now
  std::optional<LocalDateTime> signup_closes;  // none: until the occurrence starts
  bool wants_volunteers = false;

  // When sign-up really closes: signup_closes, or the start when none is set.
  LocalDateTime EffectiveSignupClose() const { return signup_closes ? *signup_closes : start; }
};

// nullopt when no occurrence has this id (never published, or deleted by the last sync), or when
// it has a time the kiosk cannot show (stored_times.h: left out, as every listing leaves it out).
std::optional<OccurrenceFacts> LoadOccurrenceFacts(db::Database& db, int64_t occurrence_id);

}  // namespace kiosk
