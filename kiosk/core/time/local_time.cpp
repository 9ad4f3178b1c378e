// kiosk/core/time/local_time.cpp — Gregorian date arithmetic and strict ISO-8601 parsing for
// Asia/Shanghai wall-clock time. Pure arithmetic (Howard Hinnant's days-from-civil), no tz
// database: China has had no DST since 1991, so local time is always UTC+8.
#include "kiosk/core/time/local_time.h"

#include <cstdint>
#include <cstdio>

namespace kiosk {

namespace {

constexpr int kShanghaiUtcOffsetMinutes = 8 * 60;

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonthOf(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

// Reads exactly `width` ASCII digits at `pos`; nullopt on anything else.
std::optional<int> ReadDigits(std::string_view text, size_t pos, size_t width) {
  if (pos + width > text.size()) return std::nullopt;
  int value = 0;
  for (size_t i = pos; i < pos + width; ++i) {
    const char c = text[i];
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

std::string TwoDigits(int value) {
  char buffer[4];
  std::snprintf(buffer, sizeof buffer, "%02d", value % 100);
  return buffer;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// LocalDate

std::string LocalDate::Iso() const {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year % 10000, month % 100, day % 100);
  return buffer;
}

std::optional<LocalDate> LocalDate::ParseIso(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const auto year = ReadDigits(text, 0, 4);
  const auto month = ReadDigits(text, 5, 2);
  const auto day = ReadDigits(text, 8, 2);
  if (!year || !month || !day) return std::nullopt;
  if (*year < 1900 || *month < 1 || *month > 12) return std::nullopt;
  if (*day < 1 || *day > DaysInMonthOf(*year, *month)) return std::nullopt;  // rejects 2026-02-30
  return LocalDate{*year, *month, *day};
}

LocalDate LocalDate::AddDays(int days) const { return FromDaysSinceEpoch(DaysSinceEpoch() + days); }

int LocalDate::Weekday() const {
  const int days = DaysSinceEpoch();
  return days >= -4 ? (days + 4) % 7 : (days + 5) % 7 + 6;  // 1970-01-01 was a Thursday
}

int LocalDate::DaysSinceEpoch() const {
  // days_from_civil: count from 0000-03-01 so the leap day is the last day of a "year".
  const int y = month <= 2 ? year - 1 : year;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int year_of_era = y - era * 400;
  const int month_from_march = month > 2 ? month - 3 : month + 9;
  const int day_of_year = (153 * month_from_march + 2) / 5 + day - 1;
  const int day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

LocalDate LocalDate::FromDaysSinceEpoch(int days) {
  // civil_from_days, the inverse of DaysSinceEpoch().
  const int z = days + 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const int day_of_era = z - era * 146097;
  const int year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const int day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const int month_from_march = (5 * day_of_year + 2) / 153;
  const int day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
  const int month = month_from_march < 10 ? month_from_march + 3 : month_from_march - 9;
  const int year = year_of_era + era * 400 + (month <= 2 ? 1 : 0);
  return LocalDate{year, month, day};
}

int LocalDate::DaysInMonth() const { return DaysInMonthOf(year, month); }

// ---------------------------------------------------------------------------------------------
// LocalDateTime

std::string LocalDateTime::Iso() const { return date.Iso() + "T" + HourMinute(); }

std::string LocalDateTime::HourMinute() const { return TwoDigits(hour) + ":" + TwoDigits(minute); }

std::optional<LocalDateTime> LocalDateTime::ParseIso(std::string_view text) {
  if (text.size() != 16 || text[10] != 'T' || text[13] != ':') return std::nullopt;
  const auto date = LocalDate::ParseIso(text.substr(0, 10));
  const auto hour = ReadDigits(text, 11, 2);
  const auto minute = ReadDigits(text, 14, 2);
  if (!date || !hour || !minute || *hour > 23 || *minute > 59) return std::nullopt;  // rejects 24:00
  return LocalDateTime{*date, *hour, *minute};
}

// ---------------------------------------------------------------------------------------------

LocalDateTime ToShanghai(std::chrono::system_clock::time_point t) {
  using namespace std::chrono;
  const int64_t local_minutes =
      static_cast<int64_t>(floor<minutes>(t.time_since_epoch()).count()) + kShanghaiUtcOffsetMinutes;
  const int64_t minutes_per_day = 24 * 60;
  int64_t days = local_minutes / minutes_per_day;
  int64_t minute_of_day = local_minutes % minutes_per_day;
  if (minute_of_day < 0) {  // before 1970: floor, not truncate
    minute_of_day += minutes_per_day;
    days -= 1;
  }
  LocalDateTime result;
  result.date = LocalDate::FromDaysSinceEpoch(static_cast<int>(days));
  result.hour = static_cast<int>(minute_of_day / 60);
  result.minute = static_cast<int>(minute_of_day % 60);
  return result;
}

LocalDateTime NowInShanghai() { return ToShanghai(std::chrono::system_clock::now()); }

}  // namespace kiosk
