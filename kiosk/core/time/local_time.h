// kiosk/core/time/local_time.h — calendar dates and wall-clock times in Asia/Shanghai.
// China has observed no DST since 1991, so local time is UTC+8 for every date we show.
// Stored text is ISO-8601 local time: "2026-11-27" and "2026-11-27T16:30".
#pragma once

#include <chrono>
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace kiosk {

struct LocalDate {
  int year = 1970, month = 1, day = 1;
  auto operator<=>(const LocalDate&) const = default;

  std::string Iso() const;                                // "2026-11-27"
  static std::optional<LocalDate> ParseIso(std::string_view text);
  LocalDate AddDays(int days) const;
  int Weekday() const;                                    // 0 = Sunday ... 6 = Saturday
  int DaysSinceEpoch() const;
  static LocalDate FromDaysSinceEpoch(int days);
  int DaysInMonth() const;
};

struct LocalDateTime {
  LocalDate date;
  int hour = 0, minute = 0;
  auto operator<=>(const LocalDateTime&) const = default;

  std::string Iso() const;                                // "2026-11-27T16:30"
  std::string HourMinute() const;                         // "16:30"
  static std::optional<LocalDateTime> ParseIso(std::string_view text);
};

// Now in Asia/Shanghai, from the system clock.
LocalDateTime NowInShanghai();
LocalDateTime ToShanghai(std::chrono::system_clock::time_point t);

}  // namespace kiosk
