// tests/core/demo_rules_test.cpp — the demo's relative date rules pick the right days.
#include "kiosk/core/demo_rules.h"

#include <gtest/gtest.h>

namespace kiosk {
namespace {

constexpr LocalDate kToday{2026, 11, 27};  // a Friday
constexpr LocalDate kFirst{2026, 11, 1};
constexpr LocalDate kLast{2026, 12, 31};

std::vector<std::string> Days(std::string_view rule) {
  std::vector<std::string> days;
  for (const LocalDate& d : ExpandDemoRule(rule, kToday, kFirst, kLast)) days.push_back(d.Iso());
  return days;
}

TEST(DemoRules, DailyAndWeekdays) {
  EXPECT_EQ(Days("daily").size(), 61u);
  const auto weekdays = ExpandDemoRule("weekdays", kToday, kFirst, kLast);
  EXPECT_EQ(weekdays.size(), 44u);  // 21 in November, 23 in December
  for (const LocalDate& d : weekdays) EXPECT_TRUE(d.Weekday() >= 1 && d.Weekday() <= 5) << d.Iso();
}

TEST(DemoRules, WeeklyOnSeveralDays) {
  const auto days = Days("weekly:TU,FR");
  ASSERT_EQ(days.size(), 17u);  // 4+4 in November, 5+4 in December
  EXPECT_EQ(days.front(), "2026-11-03");
  EXPECT_EQ(days[1], "2026-11-06");
}

TEST(DemoRules, MonthlyNthAndLastWeekday) {
  EXPECT_EQ(Days("monthly:2nd-SA"), (std::vector<std::string>{"2026-11-14", "2026-12-12"}));
  EXPECT_EQ(Days("monthly:1st-SU"), (std::vector<std::string>{"2026-11-01", "2026-12-06"}));
  EXPECT_EQ(Days("monthly:last-TH"), (std::vector<std::string>{"2026-11-26", "2026-12-31"}));
}

TEST(DemoRules, OnceIsRelativeToTodayAndClippedToTheWindow) {
  EXPECT_EQ(Days("once:+0"), (std::vector<std::string>{"2026-11-27"}));
  EXPECT_EQ(Days("once:+5"), (std::vector<std::string>{"2026-12-02"}));
  EXPECT_EQ(Days("once:-2"), (std::vector<std::string>{"2026-11-25"}));
  EXPECT_TRUE(Days("once:+40").empty());
}

TEST(DemoRules, BadRulesSayWhatIsWrong) {
  for (const char* bad :
       {"fortnightly", "weekly:", "weekly:XX", "monthly:5th-SA", "monthly:SA", "once:soon", "once:+3x", ""}) {
    EXPECT_THROW(Days(bad), DemoRuleError) << bad;
  }
}

}  // namespace
}  // namespace kiosk
