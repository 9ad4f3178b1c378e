// kiosk/core/time/chinese_festivals.cpp — lunar festivals (through lunar_calendar.h), the 24 solar
// terms from the sun's apparent longitude (Meeus, Astronomical Algorithms ch. 25, low
// precision), and the fixed public days.
#include "kiosk/core/time/chinese_festivals.h"

#include <array>
#include <cmath>
#include <optional>

#include "kiosk/core/time/lunar_calendar.h"

namespace kiosk {
namespace {

struct Names {
  const char* zh;
  const char* en;
};

// Calendar order, from 小寒 (285 degrees) to 冬至 (270 degrees).
constexpr std::array<Names, 24> kSolarTerms = {{
    {"小寒", "Minor Cold"},  {"大寒", "Major Cold"},     {"立春", "Start of Spring"},
    {"雨水", "Rain Water"},  {"惊蛰", "Insects Awaken"}, {"春分", "Spring Equinox"},
    {"清明", "Qingming"},    {"谷雨", "Grain Rain"},     {"立夏", "Start of Summer"},
    {"小满", "Grain Buds"},  {"芒种", "Grain in Ear"},   {"夏至", "Summer Solstice"},
    {"小暑", "Minor Heat"},  {"大暑", "Major Heat"},     {"立秋", "Start of Autumn"},
    {"处暑", "End of Heat"}, {"白露", "White Dew"},      {"秋分", "Autumn Equinox"},
    {"寒露", "Cold Dew"},    {"霜降", "Frost"},          {"立冬", "Start of Winter"},
    {"小雪", "Minor Snow"},  {"大雪", "Major Snow"},     {"冬至", "Winter Solstice"},
}};

struct LunarFestival {
  int month, day;  // in a non-leap lunar month
  Names names;
};
// 小年 is left out on purpose: the north keeps 腊月廿三, the south 廿四, and Chengdu both.
constexpr std::array<LunarFestival, 9> kLunarFestivals = {{
    {1, 1, {"春节", "Spring Festival"}},
    {1, 15, {"元宵", "Lantern Festival"}},
    {2, 2, {"龙抬头", "Dragon Head"}},
    {5, 5, {"端午", "Dragon Boat"}},
    {7, 7, {"七夕", "Qixi"}},
    {7, 15, {"中元", "Zhongyuan"}},
    {8, 15, {"中秋", "Mid-Autumn"}},
    {9, 9, {"重阳", "Double Ninth"}},
    {12, 8, {"腊八", "Laba"}},
}};
constexpr Names kNewYearsEve = {"除夕", "New Year's Eve"};

struct PublicDay {
  int month, day;
  Names names;
};
constexpr std::array<PublicDay, 10> kPublicDays = {{
    {1, 1, {"元旦", "New Year's Day"}},
    {3, 8, {"妇女节", "Women's Day"}},
    {3, 12, {"植树节", "Tree Planting Day"}},
    {5, 1, {"劳动节", "Labour Day"}},
    {5, 4, {"青年节", "Youth Day"}},
    {6, 1, {"儿童节", "Children's Day"}},
    {7, 1, {"建党节", "Party Founding Day"}},
    {8, 1, {"建军节", "Army Day"}},
    {9, 10, {"教师节", "Teachers' Day"}},
    {10, 1, {"国庆节", "National Day"}},
}};

constexpr double kPi = 3.14159265358979323846;
double Radians(double degrees) { return degrees * kPi / 180.0; }

double NormalizeDegrees(double degrees) {
  const double d = std::fmod(degrees, 360.0);
  return d < 0 ? d + 360.0 : d;
}

// TT - UT in seconds (Espenak & Meeus polynomial for 2005-2050; a minute off elsewhere in
// 1950-2100, far below what can move a date).
double DeltaTSeconds(double year) {
  const double t = year - 2000.0;
  return 62.92 + 0.32217 * t + 0.005589 * t * t;
}

// The solar term whose longitude the sun crosses during the Beijing day `date`, if any.
std::optional<int> SolarTermIndexOn(const LocalDate& date) {
  const double start = JulianDayOfBeijingMidnight(date);
  const double a = SunApparentLongitude(start);
  const double b = SunApparentLongitude(start + 1.0);
  const int sector_a = static_cast<int>(std::floor(a / 15.0));
  const int sector_b = static_cast<int>(std::floor(b / 15.0));
  if (sector_a == sector_b) return std::nullopt;  // the sun moves ~1 degree a day: at most one crossing
  // Boundary sector_b * 15 degrees; 小寒 (index 0) is 285 degrees = sector 19.
  return ((sector_b - 19) % 24 + 24) % 24;
}

Festival Make(FestivalKind kind, const Names& names) { return Festival{kind, names.zh, names.en}; }

}  // namespace

double JulianDayOfBeijingMidnight(const LocalDate& date) {
  // JD 2440587.5 is 1970-01-01 00:00 UT; Beijing midnight is 16:00 UT the day before.
  return 2440587.5 + date.DaysSinceEpoch() - 8.0 / 24.0;
}

double SunApparentLongitude(double julian_day_ut) {
  const double year = 2000.0 + (julian_day_ut - 2451545.0) / 365.25;
  const double jde = julian_day_ut + DeltaTSeconds(year) / 86400.0;
  const double t = (jde - 2451545.0) / 36525.0;  // Julian centuries from J2000.0
  const double mean_longitude = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
  const double mean_anomaly = Radians(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
  const double centre = (1.914602 - 0.004817 * t - 0.000014 * t * t) * std::sin(mean_anomaly) +
                        (0.019993 - 0.000101 * t) * std::sin(2 * mean_anomaly) +
                        0.000289 * std::sin(3 * mean_anomaly);
  const double omega = Radians(125.04 - 1934.136 * t);
  // Nutation in longitude and aberration: the "apparent" of apparent longitude.
  return NormalizeDegrees(mean_longitude + centre - 0.00569 - 0.00478 * std::sin(omega));
}

std::vector<SolarTerm> SolarTermsOfYear(int year) {
  std::vector<SolarTerm> terms;
  const LocalDate first{year, 1, 1};
  for (LocalDate d = first; d.year == year; d = d.AddDays(1)) {
    if (auto index = SolarTermIndexOn(d)) {
      const Names& names = kSolarTerms[static_cast<size_t>(*index)];
      terms.push_back(SolarTerm{*index, names.zh, names.en, d});
    }
  }
  return terms;
}

std::vector<Festival> FestivalsOn(const LocalDate& date) {
  std::vector<Festival> found;
  const LunarDate lunar = LunarDateOf(date);
  if (!lunar.leap_month)
    for (const LunarFestival& f : kLunarFestivals)
      if (f.month == lunar.month && f.day == lunar.day) found.push_back(Make(FestivalKind::kLunar, f.names));
  // 除夕 is the last day of the year, 腊月廿九 in a year whose 腊月 has 29 days.
  const LunarDate next = LunarDateOf(date.AddDays(1));
  if (next.month == 1 && next.day == 1 && !next.leap_month)
    found.push_back(Make(FestivalKind::kLunar, kNewYearsEve));
  if (auto term = SolarTermIndexOn(date))
    found.push_back(Make(FestivalKind::kSolarTerm, kSolarTerms[static_cast<size_t>(*term)]));
  for (const PublicDay& p : kPublicDays)
    if (p.month == date.month && p.day == date.day) found.push_back(Make(FestivalKind::kPublic, p.names));
  return found;
}

std::vector<std::string> AllFestivalNames() {
  std::vector<std::string> names;
  auto add = [&](const Names& n) {
    names.emplace_back(n.zh);
    names.emplace_back(n.en);
  };
  for (const auto& n : kSolarTerms) add(n);
  for (const auto& f : kLunarFestivals) add(f.names);
  add(kNewYearsEve);
  for (const auto& p : kPublicDays) add(p.names);
  return names;
}

}  // namespace kiosk
