// Festivals, solar terms and public days against published dates (China Meteorological
// Administration / Purple Mountain Observatory tables as printed in the calendar).
#include "kiosk/core/time/chinese_festivals.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <map>
#include <string>

namespace kiosk {
namespace {

bool Has(const LocalDate& d, const std::string& name) {
  const auto all = FestivalsOn(d);
  return std::any_of(all.begin(), all.end(), [&](const Festival& f) { return f.name_zh == name; });
}

TEST(ChineseFestivals, SpringFestival2020To2030) {
  const std::map<int, LocalDate> spring = {
      {2020, {2020, 1, 25}}, {2021, {2021, 2, 12}}, {2022, {2022, 2, 1}},  {2023, {2023, 1, 22}},
      {2024, {2024, 2, 10}}, {2025, {2025, 1, 29}}, {2026, {2026, 2, 17}}, {2027, {2027, 2, 6}},
      {2028, {2028, 1, 26}}, {2029, {2029, 2, 13}}, {2030, {2030, 2, 3}},
  };
  for (const auto& [year, date] : spring) {
    EXPECT_TRUE(Has(date, "春节")) << year;
    EXPECT_FALSE(Has(date.AddDays(-1), "春节")) << year;
    EXPECT_FALSE(Has(date.AddDays(1), "春节")) << year;
    // 除夕 is always the day before, whether 腊月 has 29 or 30 days.
    EXPECT_TRUE(Has(date.AddDays(-1), "除夕")) << year;
    EXPECT_FALSE(Has(date.AddDays(-2), "除夕")) << year;
    EXPECT_TRUE(Has(date.AddDays(14), "元宵")) << year;  // 正月十五
  }
}

TEST(ChineseFestivals, NewYearsEveOnTwentyNinthOfTheTwelfthMonth) {
  // 2025 and 2026 have no 腊月三十: 除夕 is 腊月廿九 (2025-01-28, 2026-02-16); 2024's was 腊月三十.
  EXPECT_TRUE(Has({2025, 1, 28}, "除夕"));
  EXPECT_TRUE(Has({2026, 2, 16}, "除夕"));
  EXPECT_TRUE(Has({2024, 2, 9}, "除夕"));  // 腊月三十 in 2024
}

TEST(ChineseFestivals, OtherLunarFestivalsOfPublishedYears) {
  EXPECT_TRUE(Has({2025, 5, 31}, "端午"));
  EXPECT_TRUE(Has({2026, 6, 19}, "端午"));
  EXPECT_TRUE(Has({2025, 10, 6}, "中秋"));
  EXPECT_TRUE(Has({2026, 9, 25}, "中秋"));
  EXPECT_TRUE(Has({2024, 9, 17}, "中秋"));
  EXPECT_TRUE(Has({2025, 8, 29}, "七夕"));
  EXPECT_TRUE(Has({2025, 10, 29}, "重阳"));
  EXPECT_TRUE(Has({2026, 10, 18}, "重阳"));
  EXPECT_TRUE(Has({2026, 1, 26}, "腊八"));
  EXPECT_TRUE(Has({2026, 3, 3}, "元宵"));
  EXPECT_TRUE(Has({2025, 3, 1}, "龙抬头"));
  EXPECT_TRUE(Has({2025, 9, 6}, "中元"));
  // A leap month repeats no festival: 2025 had 闰六月, and 2025-07-31 (闰六月初七) is not 七夕.
  EXPECT_FALSE(Has({2025, 7, 31}, "七夕"));
}

TEST(ChineseFestivals, PublicDays) {
  EXPECT_TRUE(Has({2026, 10, 1}, "国庆节"));
  EXPECT_TRUE(Has({2026, 1, 1}, "元旦"));
  EXPECT_TRUE(Has({2026, 5, 1}, "劳动节"));
  EXPECT_TRUE(Has({2026, 7, 1}, "建党节"));
  EXPECT_TRUE(Has({2026, 9, 10}, "教师节"));
  EXPECT_TRUE(FestivalsOn({2026, 11, 27}).empty()) << "an ordinary Friday has nothing";
}

TEST(ChineseFestivals, TwoFestivalsCanShareADay) {
  // 2020-10-01 was both 中秋 and 国庆节: traditional first, then public.
  const auto both = FestivalsOn({2020, 10, 1});
  ASSERT_EQ(both.size(), 2u);
  EXPECT_EQ(both[0].name_zh, "中秋");
  EXPECT_EQ(both[0].kind, FestivalKind::kLunar);
  EXPECT_EQ(both[1].name_zh, "国庆节");
  EXPECT_EQ(both[1].kind, FestivalKind::kPublic);
}

struct Expected {
  const char* name;
  int month, day;
};

void ExpectTerms(int year, const std::array<Expected, 24>& expected) {
  const auto terms = SolarTermsOfYear(year);
  ASSERT_EQ(terms.size(), 24u) << year;
  for (size_t i = 0; i < 24; ++i) {
    EXPECT_EQ(terms[i].name_zh, expected[i].name) << year << " #" << i;
    EXPECT_EQ(terms[i].date, (LocalDate{year, expected[i].month, expected[i].day}))
        << year << " " << expected[i].name << " computed " << terms[i].date.Iso();
    EXPECT_EQ(terms[i].index, static_cast<int>(i));
  }
}

TEST(SolarTerms, Year2024) {
  ExpectTerms(2024, {{{"小寒", 1, 6},  {"大寒", 1, 20},  {"立春", 2, 4},  {"雨水", 2, 19}, {"惊蛰", 3, 5},
                      {"春分", 3, 20}, {"清明", 4, 4},   {"谷雨", 4, 19}, {"立夏", 5, 5},  {"小满", 5, 20},
                      {"芒种", 6, 5},  {"夏至", 6, 21},  {"小暑", 7, 6},  {"大暑", 7, 22}, {"立秋", 8, 7},
                      {"处暑", 8, 22}, {"白露", 9, 7},   {"秋分", 9, 22}, {"寒露", 10, 8}, {"霜降", 10, 23},
                      {"立冬", 11, 7}, {"小雪", 11, 22}, {"大雪", 12, 6}, {"冬至", 12, 21}}});
}

TEST(SolarTerms, Year2025) {
  ExpectTerms(2025, {{{"小寒", 1, 5},  {"大寒", 1, 20},  {"立春", 2, 3},  {"雨水", 2, 18}, {"惊蛰", 3, 5},
                      {"春分", 3, 20}, {"清明", 4, 4},   {"谷雨", 4, 20}, {"立夏", 5, 5},  {"小满", 5, 21},
                      {"芒种", 6, 5},  {"夏至", 6, 21},  {"小暑", 7, 7},  {"大暑", 7, 22}, {"立秋", 8, 7},
                      {"处暑", 8, 23}, {"白露", 9, 7},   {"秋分", 9, 23}, {"寒露", 10, 8}, {"霜降", 10, 23},
                      {"立冬", 11, 7}, {"小雪", 11, 22}, {"大雪", 12, 7}, {"冬至", 12, 21}}});
}

TEST(SolarTerms, Year2026) {
  ExpectTerms(2026, {{{"小寒", 1, 5},  {"大寒", 1, 20},  {"立春", 2, 4},  {"雨水", 2, 18}, {"惊蛰", 3, 5},
                      {"春分", 3, 20}, {"清明", 4, 5},   {"谷雨", 4, 20}, {"立夏", 5, 5},  {"小满", 5, 21},
                      {"芒种", 6, 5},  {"夏至", 6, 21},  {"小暑", 7, 7},  {"大暑", 7, 23}, {"立秋", 8, 7},
                      {"处暑", 8, 23}, {"白露", 9, 7},   {"秋分", 9, 23}, {"寒露", 10, 8}, {"霜降", 10, 23},
                      {"立冬", 11, 7}, {"小雪", 11, 22}, {"大雪", 12, 7}, {"冬至", 12, 22}}});
}

TEST(SolarTerms, FestivalsOnNamesTheTermOnItsDayOnly) {
  EXPECT_TRUE(Has({2026, 4, 5}, "清明"));
  EXPECT_FALSE(Has({2026, 4, 4}, "清明"));
  EXPECT_TRUE(Has({2025, 12, 21}, "冬至"));
  EXPECT_TRUE(Has({2026, 12, 22}, "冬至"));
  EXPECT_TRUE(Has({2026, 2, 4}, "立春"));
}

TEST(SolarTerms, SunLongitudeAtKnownInstants) {
  // Meeus example 25.a: 1992-10-13 0h TD, apparent longitude 199.90895 degrees.
  const double jd_td = 2448908.5;
  EXPECT_NEAR(SunApparentLongitude(jd_td - 59.0 / 86400.0), 199.90895, 0.01);
  // The March equinox 2026 (2026-03-20 14:46 UTC): longitude 0 within a few hundredths.
  const double equinox = JulianDayOfBeijingMidnight({2026, 3, 20}) + (22.0 + 46.0 / 60.0) / 24.0;
  const double lon = SunApparentLongitude(equinox);
  EXPECT_LT(std::min(lon, 360.0 - lon), 0.02);
}

TEST(ChineseFestivals, EveryNameIsListedForTheFont) {
  const auto names = AllFestivalNames();
  for (const char* n : {"春节", "清明", "冬至", "国庆节", "除夕", "Mid-Autumn"})
    EXPECT_NE(std::find(names.begin(), names.end(), n), names.end()) << n;
}

}  // namespace
}  // namespace kiosk
