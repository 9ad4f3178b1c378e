// tests/core/calendar_import/recurrence_edge_test.cpp — the recurrence cases an office calendar really meets,
// through the iCalendar importer so time zones, overrides and the window are included. Each
// expected list is written out (Shanghai wall time).
#include <gtest/gtest.h>

#include "tests/core/calendar_import/ics_test_support.h"
#include "kiosk/core/calendar_import/recurrence.h"

namespace kiosk {
namespace {

using testing::Calendar;
using testing::Join;
using testing::ParseIcs;
using testing::Spans;
using testing::Vevent;
using Strings = std::vector<std::string>;

Strings Expand(const std::vector<std::string>& extra, ImportWindow window = {{2026, 1, 1}, {2026, 12, 31}}) {
  const SourceCalendar calendar = ParseIcs(Calendar(Vevent("e1", extra)), window);
  for (const auto& problem : calendar.problems) ADD_FAILURE() << problem.Format();
  if (calendar.events.size() != 1) return {};
  return Spans(calendar.events.front());
}

TEST(RecurrenceEdges, FebruaryTwentyNinthOnlyInLeapYears) {
  EXPECT_EQ(Expand({"DTSTART:20240229T090000", "DTEND:20240229T100000", "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29"},
                   {{2024, 1, 1}, {2032, 12, 31}}),
            (Strings{"2024-02-29T09:00-10:00", "2028-02-29T09:00-10:00", "2032-02-29T09:00-10:00"}));
}

TEST(RecurrenceEdges, FifthMondaySkipsMonthsWithoutOne) {
  EXPECT_EQ(Expand({"DTSTART:20260330T190000", "DTEND:20260330T200000", "RRULE:FREQ=MONTHLY;BYDAY=5MO"}),
            (Strings{"2026-03-30T19:00-20:00", "2026-06-29T19:00-20:00", "2026-08-31T19:00-20:00",
                     "2026-11-30T19:00-20:00"}));
}

TEST(RecurrenceEdges, ThirtyFirstSkipsShortMonths) {
  EXPECT_EQ(Expand({"DTSTART:20260131T100000", "DTEND:20260131T110000", "RRULE:FREQ=MONTHLY;BYMONTHDAY=31;COUNT=5"}),
            (Strings{"2026-01-31T10:00-11:00", "2026-03-31T10:00-11:00", "2026-05-31T10:00-11:00",
                     "2026-07-31T10:00-11:00", "2026-08-31T10:00-11:00"}));
}

TEST(RecurrenceEdges, LastFridayOfTheMonth) {
  EXPECT_EQ(Expand({"DTSTART:20260130T140000", "DTEND:20260130T150000", "RRULE:FREQ=MONTHLY;BYDAY=-1FR;COUNT=4"}),
            (Strings{"2026-01-30T14:00-15:00", "2026-02-27T14:00-15:00", "2026-03-27T14:00-15:00",
                     "2026-04-24T14:00-15:00"}));
}

TEST(RecurrenceEdges, NewYorkTimesFollowTheirDstChangeInShanghai) {
  // 09:00 in New York is 22:00 in Shanghai under EST (UTC-5) and 21:00 under EDT (UTC-4);
  // US daylight saving time began on 2026-03-08.
  EXPECT_EQ(Expand({"DTSTART;TZID=America/New_York:20260305T090000", "DTEND;TZID=America/New_York:20260305T100000",
                    "RRULE:FREQ=DAILY;COUNT=6"}),
            (Strings{"2026-03-05T22:00-23:00", "2026-03-06T22:00-23:00", "2026-03-07T22:00-23:00",
                     "2026-03-08T21:00-22:00", "2026-03-09T21:00-22:00", "2026-03-10T21:00-22:00"}));
}

TEST(RecurrenceEdges, VtimezoneInTheFileIsUsed) {
  const std::string text = Calendar(Join({{"BEGIN:VTIMEZONE", "TZID:Custom Berlin", "BEGIN:STANDARD",
                                           "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
                                           "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD", "BEGIN:DAYLIGHT",
                                           "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
                                           "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "END:DAYLIGHT", "END:VTIMEZONE"},
                                          Vevent("b", {"DTSTART;TZID=Custom Berlin:20260327T120000",
                                                       "DURATION:PT1H", "RRULE:FREQ=DAILY;COUNT=3"})}));
  const SourceCalendar calendar = ParseIcs(text);
  ASSERT_TRUE(calendar.problems.empty()) << calendar.problems.front().Format();
  EXPECT_EQ(Spans(calendar.events.at(0)),
            (Strings{"2026-03-27T19:00-20:00", "2026-03-28T19:00-20:00", "2026-03-29T18:00-19:00"}));
}

TEST(RecurrenceEdges, UtcTimesAreConvertedToShanghai) {
  EXPECT_EQ(Expand({"DTSTART:20260601T160000Z", "DTEND:20260601T170000Z"}), (Strings{"2026-06-02T00:00-01:00"}));
}

TEST(RecurrenceEdges, ExdateRemovesAndRdateAdds) {
  EXPECT_EQ(Expand({"DTSTART;TZID=Asia/Shanghai:20260601T093000", "DTEND;TZID=Asia/Shanghai:20260601T110000",
                    "RRULE:FREQ=WEEKLY;COUNT=4", "EXDATE;TZID=Asia/Shanghai:20260608T093000,20260615T093000",
                    "RDATE;TZID=Asia/Shanghai:20260603T140000"}),
            (Strings{"2026-06-01T09:30-11:00", "2026-06-03T14:00-15:30", "2026-06-22T09:30-11:00"}));
}

TEST(RecurrenceEdges, ExdateInUtcMatchesAShanghaiInstance) {
  EXPECT_EQ(Expand({"DTSTART;TZID=Asia/Shanghai:20260601T093000", "DURATION:PT1H", "RRULE:FREQ=DAILY;COUNT=3",
                    "EXDATE:20260602T013000Z"}),
            (Strings{"2026-06-01T09:30-10:30", "2026-06-03T09:30-10:30"}));
}

TEST(RecurrenceEdges, OverrideMovesOneInstanceAndAnotherIsCancelled) {
  const std::string text = Calendar(Join(
      {Vevent("w", {"DTSTART:20260601T193000", "DTEND:20260601T210000", "RRULE:FREQ=WEEKLY;COUNT=4"}),
       {"BEGIN:VEVENT", "UID:w", "RECURRENCE-ID:20260608T193000", "DTSTART:20260609T180000", "DTEND:20260609T190000",
        "END:VEVENT"},
       {"BEGIN:VEVENT", "UID:w", "RECURRENCE-ID:20260615T193000", "DTSTART:20260615T193000", "STATUS:CANCELLED",
        "END:VEVENT"}}));
  const SourceCalendar calendar = ParseIcs(text);
  ASSERT_TRUE(calendar.problems.empty()) << calendar.problems.front().Format();
  ASSERT_EQ(calendar.events.size(), 1u);
  const SourceEvent& event = calendar.events.front();
  EXPECT_EQ(Spans(event), (Strings{"2026-06-01T19:30-21:00", "2026-06-09T18:00-19:00", "2026-06-15T19:30-21:00 X",
                                   "2026-06-22T19:30-21:00"}));
  EXPECT_EQ(event.occurrences[1].recurrence_id, "2026-06-08T19:30");  // identity stays the original start
}

TEST(RecurrenceEdges, AllDayEventsKeepTheirDates) {
  EXPECT_EQ(Expand({"DTSTART;VALUE=DATE:20261001", "DTEND;VALUE=DATE:20261004"}),
            (Strings{"2026-10-01T00:00-2026-10-04T00:00 all-day"}));
  EXPECT_EQ(Expand({"DTSTART;VALUE=DATE:20261225", "RRULE:FREQ=YEARLY"}, {{2026, 1, 1}, {2027, 12, 31}}),
            (Strings{"2026-12-25T00:00-2026-12-26T00:00 all-day", "2027-12-25T00:00-2027-12-26T00:00 all-day"}));
}

TEST(RecurrenceEdges, AcrossMidnight) {
  EXPECT_EQ(Expand({"DTSTART:20260605T220000", "DTEND:20260606T013000", "RRULE:FREQ=WEEKLY;COUNT=2"}),
            (Strings{"2026-06-05T22:00-2026-06-06T01:30", "2026-06-12T22:00-2026-06-13T01:30"}));
}

TEST(RecurrenceEdges, UnboundedRuleStopsAtTheWindowEnd) {
  const Strings days = Expand({"DTSTART:20190101T090000", "DTEND:20190101T100000", "RRULE:FREQ=DAILY"},
                              {{2026, 11, 1}, {2026, 11, 30}});
  ASSERT_EQ(days.size(), 30u);
  EXPECT_EQ(days.front(), "2026-11-01T09:00-10:00");
  EXPECT_EQ(days.back(), "2026-11-30T09:00-10:00");
}

TEST(RecurrenceEdges, ImpossibleRuleIsReportedNotLooped) {
  // February 30th never happens: the import must say so, not loop looking for one.
  const SourceCalendar calendar =
      ParseIcs(Calendar(Vevent("e1", {"DTSTART:20260101T090000", "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30"})));
  ASSERT_EQ(calendar.problems.size(), 1u);
  EXPECT_EQ(calendar.problems[0].line, 10);
  EXPECT_EQ(calendar.problems[0].field, "RRULE");
  EXPECT_TRUE(calendar.events.empty());
}

TEST(RecurrenceEdges, AbsurdRuleIsAnErrorNotAHang) {
  EXPECT_THROW(ExpandRule("FREQ=MINUTELY", *ParseIcalTime("20260101T000000"), *ParseIcalTime("20260101T000000"),
                          *ParseIcalTime("20261231T235959")),
               RecurrenceError);
  EXPECT_THROW(ExpandRule("FREQ=SOMETIMES", *ParseIcalTime("20260101T000000"), *ParseIcalTime("20260101T000000"),
                          *ParseIcalTime("20261231T235959")),
               RecurrenceError);
}

TEST(RecurrenceEdges, StrictTimeParsing) {
  EXPECT_FALSE(ParseIcalTime("20260230T090000"));
  EXPECT_FALSE(ParseIcalTime("20261301"));
  EXPECT_FALSE(ParseIcalTime("20260101T250000"));
  EXPECT_TRUE(ParseIcalTime("20240229")->date_only);
}

}  // namespace
}  // namespace kiosk
