// kiosk/core/time/chinese_festivals.h — what falls on a date in a Chinese calendar: the traditional
// lunar festivals (春节, 元宵, 端午, 中秋 ...), the 24 solar terms (二十四节气) and the public
// days (元旦, 劳动节, 国庆节 ...).
//
// Implements:
//   Festival            one named day, with its kind and its names in both languages
//   FestivalsOn         every festival, solar term and public day on a date
//   SolarTermsOfYear    the 24 solar terms of a Gregorian year, with their Beijing-time dates
//   SunApparentLongitude  the sun's apparent ecliptic longitude (degrees) at a UTC Julian day
//   AllFestivalNames    every name FestivalsOn may return (for the font's glyph ranges)
//
// Lunar dates come from lunar_calendar.h (ICU). Solar terms are computed here with Meeus'
// low-precision solar coordinates (Astronomical Algorithms, ch. 25): about 0.01 degree, i.e. a
// term's instant within ~15 minutes, which decides the Beijing date unless a term falls within
// minutes of midnight (none does in 2020-2030; the tests pin 2024-2026).
#pragma once

#include <string>
#include <vector>

#include "kiosk/core/time/local_time.h"

namespace kiosk {

enum class FestivalKind {
  kLunar,      // traditional, by the lunar calendar: 春节, 中秋 ...
  kSolarTerm,  // one of the 24 solar terms: 清明, 冬至 ...
  kPublic,     // by the Gregorian calendar: 元旦, 国庆节 ...
};

struct Festival {
  FestivalKind kind;
  std::string name_zh;  // "中秋"
  std::string name_en;  // "Mid-Autumn"
  bool operator==(const Festival&) const = default;
};

// Traditional festivals first, then the solar term, then public days. Throws
// std::runtime_error when ICU cannot give the lunar date.
std::vector<Festival> FestivalsOn(const LocalDate& date);

struct SolarTerm {
  int index = 0;  // 0 = 小寒 (285 degrees) ... 23 = 冬至 (270 degrees), in calendar order
  std::string name_zh;
  std::string name_en;
  LocalDate date;  // the Beijing-time (UTC+8) date of the instant the sun reaches it
};
// The 24 terms of `year` in date order (小寒 in early January ... 冬至 in late December).
std::vector<SolarTerm> SolarTermsOfYear(int year);

// Apparent geometric longitude of the sun, referred to the true equinox of date, in [0, 360).
double SunApparentLongitude(double julian_day_ut);
// Julian day (UT) of 00:00 Beijing time on `date`.
double JulianDayOfBeijingMidnight(const LocalDate& date);

std::vector<std::string> AllFestivalNames();

}  // namespace kiosk
