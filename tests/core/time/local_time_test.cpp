// tests/core/time/local_time_test.cpp — dates and times as residents see them: strict parsing of
// stored text, calendar arithmetic across month and leap-year ends, weekdays, UTC+8.
#include "kiosk/core/time/local_time.h"

#include <gtest/gtest.h>

namespace kiosk {
namespace {

TEST(LocalDate, ParsesAndPrintsIsoDates) {
  const auto date = LocalDate::ParseIso("2026-11-27");
  ASSERT_TRUE(date);
  EXPECT_EQ(*date, (LocalDate{2026, 11, 27}));
  EXPECT_EQ(date->Iso(), "2026-11-27");
  EXPECT_EQ((LocalDate{2026, 2, 3}).Iso(), "2026-02-03");
}

TEST(LocalDate, RejectsImpossibleOrMalformedDates) {
  for (const char* bad : {"2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-1-05",
                          "2026/01/05", "20260105", "", "abcd-ef-gh", "2026-01-05x", " 2026-01-05"}) {
    EXPECT_FALSE(LocalDate::ParseIso(bad)) << bad;
  }
  EXPECT_TRUE(LocalDate::ParseIso("2024-02-29"));   // leap year
  EXPECT_TRUE(LocalDate::ParseIso("2000-02-29"));   // divisible by 400
  EXPECT_FALSE(LocalDate::ParseIso("1900-02-29"));  // divisible by 100 only
}

TEST(LocalDate, AddsDaysAcrossMonthAndYearEnds) {
  EXPECT_EQ((LocalDate{2026, 1, 31}).AddDays(1), (LocalDate{2026, 2, 1}));
  EXPECT_EQ((LocalDate{2026, 12, 31}).AddDays(1), (LocalDate{2027, 1, 1}));
  EXPECT_EQ((LocalDate{2024, 2, 28}).AddDays(1), (LocalDate{2024, 2, 29}));
  EXPECT_EQ((LocalDate{2026, 3, 1}).AddDays(-1), (LocalDate{2026, 2, 28}));
  EXPECT_EQ((LocalDate{2026, 1, 1}).AddDays(365), (LocalDate{2027, 1, 1}));
  EXPECT_EQ((LocalDate{1970, 1, 1}).DaysSinceEpoch(), 0);
  EXPECT_EQ(LocalDate::FromDaysSinceEpoch(-1), (LocalDate{1969, 12, 31}));
}

TEST(LocalDate, RoundTripsEveryDayOfFourHundredYears) {
  const int start = (LocalDate{1900, 1, 1}).DaysSinceEpoch();
  LocalDate previous = LocalDate::FromDaysSinceEpoch(start - 1);
  for (int days = start; days < start + 146097; ++days) {
    const LocalDate date = LocalDate::FromDaysSinceEpoch(days);
    ASSERT_EQ(date.DaysSinceEpoch(), days);
    ASSERT_LT(previous, date);
    ASSERT_TRUE(LocalDate::ParseIso(date.Iso())) << date.Iso();
    previous = date;
  }
}

TEST(LocalDate, KnowsWeekdaysAndMonthLengths) {
  EXPECT_EQ((LocalDate{2026, 2, 17}).Weekday(), 2);  // Spring Festival 2026 is a Tuesday
  EXPECT_EQ((LocalDate{2019, 1, 15}).Weekday(), 2);  // the Chengdu Daily report, a Tuesday
  EXPECT_EQ((LocalDate{1970, 1, 1}).Weekday(), 4);
  EXPECT_EQ((LocalDate{1969, 12, 28}).Weekday(), 0);
  EXPECT_EQ((LocalDate{2026, 2, 1}).DaysInMonth(), 28);
  EXPECT_EQ((LocalDate{2028, 2, 1}).DaysInMonth(), 29);
  EXPECT_EQ((LocalDate{2026, 4, 1}).DaysInMonth(), 30);
}

TEST(LocalDateTime, ParsesStrictlyAndPrintsMinutes) {
  const auto t = LocalDateTime::ParseIso("2026-11-27T16:30");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->Iso(), "2026-11-27T16:30");
  EXPECT_EQ(t->HourMinute(), "16:30");
  EXPECT_EQ((LocalDateTime{{2026, 1, 5}, 9, 5}).Iso(), "2026-01-05T09:05");
  for (const char* bad : {"2026-11-27T24:00", "2026-11-27T23:60", "2026-02-30T10:00", "2026-11-27 16:30",
                          "2026-11-27T16:30:00", "2026-11-27T1630", "2026-11-27T", "garbage", ""}) {
    EXPECT_FALSE(LocalDateTime::ParseIso(bad)) << bad;
  }
  EXPECT_LT(*LocalDateTime::ParseIso("2026-11-27T09:00"), *LocalDateTime::ParseIso("2026-11-27T16:30"));
}

TEST(ShanghaiTime, IsUtcPlusEight) {
  using namespace std::chrono;
  // 2026-02-16T16:30Z is already 00:30 on Spring Festival in Chengdu.
  const sys_time<seconds> utc = sys_days{year{2026} / 2 / 16} + hours{16} + minutes{30};
  const LocalDateTime local = ToShanghai(utc);
  EXPECT_EQ(local.Iso(), "2026-02-17T00:30");
  EXPECT_EQ(ToShanghai(sys_days{year{1970} / 1 / 1}).Iso(), "1970-01-01T08:00");
  EXPECT_EQ(ToShanghai(sys_days{year{1969} / 12 / 31} + hours{15} + minutes{59}).Iso(), "1969-12-31T23:59");
}

}  // namespace
}  // namespace kiosk
