// tests/core/calendar_import/bounded_work_test.cpp — hostile rules and zones are refused with a line
// saying why, before libical starts a search that would never end; dates outside 1900–2200,
// absurd UTC offsets and a nested VCALENDAR are refused rather than stored wrong or dropped.
#include <gtest/gtest.h>

#include "kiosk/core/calendar_import/csv_calendar_import.h"
#include "kiosk/core/calendar_import/recurrence.h"
#include "tests/core/calendar_import/ics_test_support.h"

namespace kiosk {
namespace {

using testing::Calendar;
using testing::Join;
using testing::ParseIcs;
using testing::Vevent;

const CivilTime kStart{{2026, 11, 2}, 9, 0, 0, false};
const CivilTime kFrom{{2026, 11, 1}, 0, 0, 0, false};
const CivilTime kTo{{2027, 10, 31}, 23, 59, 59, false};

std::string RuleError(const std::string& rule) {
  try {
    ExpandRule(rule, kStart, kFrom, kTo);
  } catch (const RecurrenceError& error) {
    return error.what();
  }
  return "";
}

TEST(BoundedWork, ARuleThatCanNeverMatchIsRefusedNotSearchedForever) {
  for (const std::string rule :
       {"FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30", "FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=30",
        "FREQ=DAILY;BYMONTH=4,6;BYMONTHDAY=31", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-30"}) {
    const std::string error = RuleError(rule);
    EXPECT_FALSE(error.empty()) << rule;
  }
  EXPECT_NE(RuleError("FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=30").find("can never happen"), std::string::npos);
  EXPECT_EQ(RuleError("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29"), "");  // leap years do have it
}

TEST(BoundedWork, RulesRepeatingEverySecondOrMinuteAreRefused) {
  EXPECT_NE(RuleError("FREQ=SECONDLY").find("every second or minute"), std::string::npos);
  EXPECT_NE(RuleError("FREQ=MINUTELY;INTERVAL=30").find("every second or minute"), std::string::npos);
  EXPECT_NE(RuleError("FREQ=HOURLY").find("more than 5000"), std::string::npos);  // matches too often
}

TEST(BoundedWork, AVtimezoneRepeatingEveryMinuteOrWithAnAbsurdOffsetIsRefused) {
  auto zone = [](const std::string& rule, const std::string& offset) {
    return std::vector<std::string>{"BEGIN:VTIMEZONE",         "TZID:Evil/Zone", "BEGIN:STANDARD",
                                    "DTSTART:00010101T000000", "RRULE:" + rule,  "TZOFFSETFROM:+0800",
                                    "TZOFFSETTO:" + offset,    "END:STANDARD",   "END:VTIMEZONE"};
  };
  const auto event = Vevent("u1", {"DTSTART;TZID=Evil/Zone:20261127T090000"});
  const SourceCalendar minutely = ParseIcs(Calendar(Join({zone("FREQ=MINUTELY", "+0900"), event})));
  EXPECT_TRUE(minutely.events.empty());
  ASSERT_FALSE(minutely.problems.empty());
  EXPECT_EQ(minutely.problems[0].Format(),
            "t.ics:8: RRULE: 时区的变更规则只能每年一次 \"FREQ=MINUTELY\" / a time zone rule must be yearly "
            "\"FREQ=MINUTELY\"");
  const SourceCalendar far = ParseIcs(Calendar(Join({zone("FREQ=YEARLY", "+9900"), event})));
  EXPECT_TRUE(far.events.empty());
  ASSERT_FALSE(far.problems.empty());
  EXPECT_NE(far.problems[0].en.find("invalid UTC offset"), std::string::npos);
}

TEST(BoundedWork, DatesOutside1900To2200AreRefusedNotWrapped) {
  for (const std::string start : {"DTSTART:99991231T235959Z", "DTSTART:00010101T000000", "DTSTART:18991231",
                                  "DTSTART:22010101T000000"}) {
    const SourceCalendar calendar = ParseIcs(Calendar(Vevent("u1", {start})));
    EXPECT_TRUE(calendar.events.empty()) << start;
    ASSERT_EQ(calendar.problems.size(), 1u) << start;
    EXPECT_NE(calendar.problems[0].en.find("not a valid date"), std::string::npos);
  }
  const SourceCalendar csv =
      ParseCsvCalendar("编号,标题,类别,社区,日期\r\na,坝坝会,议事,福圣社区,9999-12-31\r\n", "c.csv", ".",
                       {{2026, 11, 1}, {2026, 12, 31}});
  EXPECT_TRUE(csv.events.empty());
  ASSERT_EQ(csv.problems.size(), 1u);
  EXPECT_NE(csv.problems[0].en.find("not a valid date"), std::string::npos);
}

TEST(BoundedWork, ANestedVcalendarIsRefusedNotSilentlyDropped) {
  const std::string inner = Calendar(Vevent("u1", {"DTSTART:20261127T090000"}));
  const std::string text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + inner + "END:VCALENDAR\r\n";
  const SourceCalendar calendar = ParseIcs(text);
  ASSERT_EQ(calendar.problems.size(), 1u);
  EXPECT_EQ(
      calendar.problems[0].Format(),
      "t.ics:3: BEGIN: VCALENDAR 里面又套了一个 VCALENDAR，请分开成两个文件 / a VCALENDAR nested inside "
      "another; split it into two files");
}

}  // namespace
}  // namespace kiosk
