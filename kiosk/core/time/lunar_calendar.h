// kiosk/core/time/lunar_calendar.h — the Chinese lunar date of a Gregorian date, through ICU's
// public Calendar API (locale "zh_CN@calendar=chinese"), and its Chinese names.
#pragma once

#include <string>

#include "kiosk/core/time/local_time.h"

namespace kiosk {

struct LunarDate {
  int month = 1;        // 1..12
  bool leap_month = false;
  int day = 1;          // 1..30
  std::string MonthName() const;   // "正月", "冬月", "腊月", "闰四月"
  std::string DayName() const;     // "初一", "十五", "廿三", "三十"
  std::string FullName() const;    // "正月初一"
};

// Throws std::runtime_error if ICU fails.
LunarDate LunarDateOf(const LocalDate& date);

}  // namespace kiosk
