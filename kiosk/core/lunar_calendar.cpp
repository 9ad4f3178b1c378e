// kiosk/core/lunar_calendar.cpp — Chinese lunar dates through ICU's public Calendar API.
// ICU's chnsecal.h is not installed, so we ask for the calendar by locale
// ("zh_CN@calendar=chinese") and read UCAL_MONTH (0-based), UCAL_IS_LEAP_MONTH and UCAL_DATE.
#include "kiosk/core/lunar_calendar.h"

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
constexpr std::array<const char*, 10> kDigitNames = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

void CheckIcu(UErrorCode status, const char* what) {
  if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU ") + what + " failed: " + u_errorName(status));
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

LunarDate LunarDateOf(const LocalDate& date) {
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

}  // namespace kiosk
