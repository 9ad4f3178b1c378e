// kiosk/core/time/lunar_calendar.cpp — Chinese lunar dates through ICU's public Calendar API.
// ICU's chnsecal.h is not installed, so we ask for the calendar by locale
// ("zh_CN@calendar=chinese") and read UCAL_MONTH (0-based), UCAL_IS_LEAP_MONTH and UCAL_DATE.
#include "kiosk/core/time/lunar_calendar.h"

#include <unicode/calendar.h>
#include <unicode/gregocal.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

#include <array>
#include <memory>
#include <stdexcept>

namespace kiosk {

namespace {

constexpr std::array<const char*, 12> kMonthNames = {"正月", "二月", "三月", "四月", "五月", "六月",
                                                     "七月", "八月", "九月", "十月", "冬月", "腊月"};
constexpr std::array<const char*, 10> kDigitNames = {"",   "一", "二", "三", "四",
                                                     "五", "六", "七", "八", "九"};

// Months whose new moon falls minutes before midnight Beijing time, where ICU's approximate
// astronomy puts the conjunction after midnight and so starts the month a day late.
// 2027 Spring Festival: the new moon (an annular eclipse) is 2027-02-06 15:56 UTC = 23:56
// Beijing, so 正月初一 is 2027-02-06; ICU 72 says 2027-02-07 (see unicode-org/icu PR #4070).
struct LateIcuMonth {
  LocalDate first_day;  // the true first day of the month
  int month;
  bool leap_month;
};
constexpr std::array<LateIcuMonth, 1> kLateIcuMonths = {{{{2027, 2, 6}, 1, false}}};

// The opposite: a new moon minutes after midnight Beijing time that ICU puts before it, so ICU
// starts the month a day early. 2030 Spring Festival: the new moon is 2030-02-02 16:07 UTC =
// 2030-02-03 00:07 Beijing, so 正月初一 is 2030-02-03 (立春 2030-02-04 is 正月初二); ICU 72
// says 2030-02-02.
using EarlyIcuMonth = LateIcuMonth;
constexpr std::array<EarlyIcuMonth, 1> kEarlyIcuMonths = {{{{2030, 2, 3}, 1, false}}};

void CheckIcu(UErrorCode status, const char* what) {
  if (U_FAILURE(status))
    throw std::runtime_error(std::string("ICU ") + what + " failed: " + u_errorName(status));
}

}  // namespace

std::string LunarDate::MonthName() const {
  const int index = month >= 1 && month <= 12 ? month - 1 : 0;
  return std::string(leap_month ? "闰" : "") + kMonthNames[static_cast<size_t>(index)];
}

std::string LunarDate::DayName() const {
  if (day == 10) return "初十";
  if (day == 20) return "二十";
  if (day == 30) return "三十";
  const int tens = day / 10;
  const char* prefix = tens == 0 ? "初" : tens == 1 ? "十" : "廿";
  return std::string(prefix) + kDigitNames[static_cast<size_t>(day % 10)];
}

std::string LunarDate::FullName() const { return MonthName() + DayName(); }

namespace {

LunarDate IcuLunarDateOf(const LocalDate& date) {
  UErrorCode status = U_ZERO_ERROR;
  // Noon in Shanghai: the lunar day is the Beijing-time day, far from either midnight.
  std::unique_ptr<icu::TimeZone> shanghai(icu::TimeZone::createTimeZone("Asia/Shanghai"));
  icu::GregorianCalendar gregorian(*shanghai, status);
  CheckIcu(status, "Gregorian calendar");
  gregorian.clear();
  gregorian.set(date.year, date.month - 1, date.day, 12, 0, 0);
  const UDate instant = gregorian.getTime(status);
  CheckIcu(status, "Gregorian date");

  std::unique_ptr<icu::Calendar> chinese(
      icu::Calendar::createInstance(shanghai->clone(), icu::Locale("zh_CN@calendar=chinese"), status));
  CheckIcu(status, "Chinese calendar");
  chinese->setTime(instant, status);
  CheckIcu(status, "Chinese calendar time");

  LunarDate lunar;
  lunar.month = chinese->get(UCAL_MONTH, status) + 1;
  lunar.leap_month = chinese->get(UCAL_IS_LEAP_MONTH, status) != 0;
  lunar.day = chinese->get(UCAL_DATE, status);
  CheckIcu(status, "Chinese calendar fields");
  return lunar;
}

}  // namespace

LunarDate LunarDateOf(const LocalDate& date) {
  const LunarDate icu = IcuLunarDateOf(date);
  for (const LateIcuMonth& late : kLateIcuMonths) {
    const int offset = date.DaysSinceEpoch() - late.first_day.DaysSinceEpoch();
    // Within the month ICU starts late: its first day, or a day ICU already counts in that month.
    const bool in_late_month = offset == 0 || (offset > 0 && icu.month == late.month &&
                                               icu.leap_month == late.leap_month && icu.day == offset);
    if (in_late_month) return LunarDate{late.month, late.leap_month, offset + 1};
  }
  for (const EarlyIcuMonth& early : kEarlyIcuMonths) {
    const int offset = date.DaysSinceEpoch() - early.first_day.DaysSinceEpoch();
    const bool icu_in_month = icu.month == early.month && icu.leap_month == early.leap_month;
    if (offset == -1 && icu_in_month && icu.day == 1) {
      // ICU's first day is really the last day of the month before: one past ICU's day before.
      LunarDate previous = IcuLunarDateOf(date.AddDays(-1));
      previous.day += 1;
      return previous;
    }
    if (offset >= 0 && icu_in_month && icu.day == offset + 2) return LunarDate{early.month, early.leap_month, offset + 1};
  }
  return icu;
}

}  // namespace kiosk
