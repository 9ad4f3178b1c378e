// tests/core/time/lunar_calendar_test.cpp — lunar dates the month view prints under each day,
// checked against published almanac dates (Spring Festival, the 2025 leap sixth month).
#include "kiosk/core/time/lunar_calendar.h"

#include <gtest/gtest.h>

namespace kiosk {
namespace {

TEST(LunarCalendar, SpringFestivalIsTheFirstDayOfTheFirstMonth) {
  EXPECT_EQ(LunarDateOf({2026, 2, 17}).FullName(), "正月初一");
  EXPECT_EQ(LunarDateOf({2025, 1, 29}).FullName(), "正月初一");
  EXPECT_EQ(LunarDateOf({2026, 2, 16}).FullName(), "腊月廿九");  // 2026 除夕 has no 三十
  EXPECT_EQ(LunarDateOf({2025, 1, 28}).FullName(), "腊月廿九");
}

TEST(LunarCalendar, LeapSixthMonthOf2025) {
  const LunarDate first = LunarDateOf({2025, 7, 25});
  EXPECT_EQ(first.month, 6);
  EXPECT_TRUE(first.leap_month);
  EXPECT_EQ(first.day, 1);
  EXPECT_EQ(first.FullName(), "闰六月初一");
  EXPECT_EQ(LunarDateOf({2025, 7, 24}).FullName(), "六月三十");
  EXPECT_EQ(LunarDateOf({2025, 8, 23}).FullName(), "七月初一");
}

TEST(LunarCalendar, LateAutumn2026) {
  // New moon 2026-11-09 15:02 Beijing time starts the tenth month; 冬月 starts 2026-12-09.
  EXPECT_EQ(LunarDateOf({2026, 11, 9}).FullName(), "十月初一");
  EXPECT_EQ(LunarDateOf({2026, 11, 27}).FullName(), "十月十九");
  EXPECT_EQ(LunarDateOf({2026, 12, 9}).FullName(), "冬月初一");
  EXPECT_EQ(LunarDateOf({2027, 1, 8}).FullName(), "腊月初一");
}

TEST(LunarCalendar, SpringFestival2030DespiteIcuNearMidnightNewMoon) {
  // The new moon is 00:07 Beijing time on 2030-02-03; ICU alone would start 正月 on 02-02.
  // Published: 立春 2030-02-04 is 正月初二, 元宵 2030-02-17, 龙抬头 (二月初二) 2030-03-05.
  EXPECT_EQ(LunarDateOf({2030, 2, 1}).MonthName(), "腊月");
  EXPECT_EQ(LunarDateOf({2030, 2, 2}).MonthName(), "腊月");
  EXPECT_EQ(LunarDateOf({2030, 2, 2}).day, LunarDateOf({2030, 2, 1}).day + 1);
  EXPECT_EQ(LunarDateOf({2030, 2, 3}).FullName(), "正月初一");
  EXPECT_EQ(LunarDateOf({2030, 2, 4}).FullName(), "正月初二");
  EXPECT_EQ(LunarDateOf({2030, 2, 17}).FullName(), "正月十五");
  EXPECT_EQ(LunarDateOf({2030, 3, 3}).FullName(), "正月廿九");
  EXPECT_EQ(LunarDateOf({2030, 3, 4}).FullName(), "二月初一");
  EXPECT_EQ(LunarDateOf({2030, 3, 5}).FullName(), "二月初二");
}

TEST(LunarCalendar, SpringFestival2027DespiteIcuNearMidnightNewMoon) {
  // The new moon is 23:56 Beijing time on 2027-02-06; ICU alone would say 02-07.
  EXPECT_EQ(LunarDateOf({2027, 2, 5}).FullName(), "腊月廿九");
  EXPECT_EQ(LunarDateOf({2027, 2, 6}).FullName(), "正月初一");
  EXPECT_EQ(LunarDateOf({2027, 2, 7}).FullName(), "正月初二");
  EXPECT_EQ(LunarDateOf({2027, 2, 20}).FullName(), "正月十五");  // 元宵节
  EXPECT_EQ(LunarDateOf({2027, 3, 7}).FullName(), "正月三十");
  EXPECT_EQ(LunarDateOf({2027, 3, 8}).FullName(), "二月初一");
}

TEST(LunarCalendar, MonthAndDayNames) {
  EXPECT_EQ((LunarDate{11, false, 1}).MonthName(), "冬月");
  EXPECT_EQ((LunarDate{12, false, 1}).MonthName(), "腊月");
  EXPECT_EQ((LunarDate{4, true, 1}).MonthName(), "闰四月");
  const char* expected_days[] = {"初一", "初二", "初三", "初四", "初五", "初六", "初七", "初八",
                                 "初九", "初十", "十一", "十二", "十三", "十四", "十五", "十六",
                                 "十七", "十八", "十九", "二十", "廿一", "廿二", "廿三", "廿四",
                                 "廿五", "廿六", "廿七", "廿八", "廿九", "三十"};
  for (int day = 1; day <= 30; ++day) EXPECT_EQ((LunarDate{1, false, day}).DayName(), expected_days[day - 1]);
}

TEST(LunarCalendar, EveryDayOfTwoYearsIsAValidLunarDate) {
  LunarDate previous = LunarDateOf({2025, 12, 31});
  for (LocalDate day{2026, 1, 1}; day <= LocalDate{2027, 12, 31}; day = day.AddDays(1)) {
    const LunarDate lunar = LunarDateOf(day);
    ASSERT_GE(lunar.day, 1) << day.Iso();
    ASSERT_LE(lunar.day, 30) << day.Iso();
    // Days count up by one, or a new month starts after day 29 or 30.
    if (lunar.day != 1)
      ASSERT_EQ(lunar.day, previous.day + 1) << day.Iso();
    else
      ASSERT_GE(previous.day, 29) << day.Iso();
    previous = lunar;
  }
}

}  // namespace
}  // namespace kiosk
