// kiosk/core/time/minute_time.h — minute arithmetic on LocalDateTime for the sign-up and check-in
// rules. Every recorded instant is whole minutes (seconds are dropped when the time is taken),
// so a duration is an exact whole number of minutes.
#pragma once

#include <cstdint>

#include "kiosk/core/time/local_time.h"

namespace kiosk {

inline int64_t MinutesSinceEpoch(const LocalDateTime& t) {
  return int64_t{t.date.DaysSinceEpoch()} * 1440 + t.hour * 60 + t.minute;
}

inline LocalDateTime FromMinutesSinceEpoch(int64_t minutes) {
  int64_t days = minutes / 1440;
  int64_t rest = minutes % 1440;
  if (rest < 0) {  // floor division for instants before 1970
    rest += 1440;
    --days;
  }
  return LocalDateTime{LocalDate::FromDaysSinceEpoch(static_cast<int>(days)), static_cast<int>(rest / 60),
                       static_cast<int>(rest % 60)};
}

inline LocalDateTime AddMinutes(const LocalDateTime& t, int64_t minutes) {
  return FromMinutesSinceEpoch(MinutesSinceEpoch(t) + minutes);
}

// to - from, in minutes (negative when `to` is earlier).
inline int64_t MinutesBetween(const LocalDateTime& from, const LocalDateTime& to) {
  return MinutesSinceEpoch(to) - MinutesSinceEpoch(from);
}

}  // namespace kiosk
