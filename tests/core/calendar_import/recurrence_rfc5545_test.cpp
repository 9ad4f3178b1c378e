// tests/core/calendar_import/recurrence_rfc5545_test.cpp — RRULE expansion against the examples of RFC 5545
// section 3.8.5.3, each expected list written out from the RFC (DTSTART 09:00 local time).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "kiosk/core/calendar_import/recurrence.h"

namespace kiosk {
namespace {

CivilTime At(const char* ical) { return *ParseIcalTime(ical); }

// The dates the rule yields from `dtstart` up to `to`; every instance must keep the 09:00 start.
std::vector<std::string> Dates(const char* rule, const char* dtstart, const char* to = "20101231T235959") {
  std::vector<std::string> dates;
  for (const CivilTime& t : ExpandRule(rule, At(dtstart), At(dtstart), At(to))) {
    EXPECT_EQ(t.hour, 9) << t.Iso();
    EXPECT_EQ(t.minute, 0) << t.Iso();
    dates.push_back(t.date.Iso());
  }
  return dates;
}

using Days = std::vector<std::string>;

TEST(RecurrenceRfc5545, DailyForTenOccurrences) {
  EXPECT_EQ(Dates("FREQ=DAILY;COUNT=10", "19970902T090000"),
            (Days{"1997-09-02", "1997-09-03", "1997-09-04", "1997-09-05", "1997-09-06", "1997-09-07",
                  "1997-09-08", "1997-09-09", "1997-09-10", "1997-09-11"}));
}

TEST(RecurrenceRfc5545, DailyUntilDecember24) {
  const Days days = Dates("FREQ=DAILY;UNTIL=19971224T000000Z", "19970902T090000");
  ASSERT_EQ(days.size(), 113u);  // Sep 2 .. Dec 23, 1997
  EXPECT_EQ(days.front(), "1997-09-02");
  EXPECT_EQ(days.back(), "1997-12-23");
}

TEST(RecurrenceRfc5545, EveryOtherDayForeverStopsAtTheWindowEnd) {
  EXPECT_EQ(Dates("FREQ=DAILY;INTERVAL=2", "19970902T090000", "19970912T235959"),
            (Days{"1997-09-02", "1997-09-04", "1997-09-06", "1997-09-08", "1997-09-10", "1997-09-12"}));
}

TEST(RecurrenceRfc5545, EveryTenDaysFiveOccurrences) {
  EXPECT_EQ(Dates("FREQ=DAILY;INTERVAL=10;COUNT=5", "19970902T090000"),
            (Days{"1997-09-02", "1997-09-12", "1997-09-22", "1997-10-02", "1997-10-12"}));
}

TEST(RecurrenceRfc5545, EveryDayInJanuaryForThreeYears) {
  const Days yearly =
      Dates("FREQ=YEARLY;UNTIL=20000131T140000Z;BYMONTH=1;BYDAY=SU,MO,TU,WE,TH,FR,SA", "19980101T090000");
  const Days daily = Dates("FREQ=DAILY;UNTIL=20000131T140000Z;BYMONTH=1", "19980101T090000");
  Days expected;
  for (int year : {1998, 1999, 2000}) {
    for (int day = 1; day <= 31; ++day) {
      expected.push_back(std::to_string(year) + "-01-" + (day < 10 ? "0" : "") + std::to_string(day));
    }
  }
  EXPECT_EQ(yearly, expected);
  EXPECT_EQ(daily, expected);
}

TEST(RecurrenceRfc5545, WeeklyForTenOccurrences) {
  EXPECT_EQ(Dates("FREQ=WEEKLY;COUNT=10", "19970902T090000"),
            (Days{"1997-09-02", "1997-09-09", "1997-09-16", "1997-09-23", "1997-09-30", "1997-10-07",
                  "1997-10-14", "1997-10-21", "1997-10-28", "1997-11-04"}));
}

TEST(RecurrenceRfc5545, WeeklyOnTuesdayAndThursdayForFiveWeeks) {
  const Days expected{"1997-09-02", "1997-09-04", "1997-09-09", "1997-09-11", "1997-09-16",
                      "1997-09-18", "1997-09-23", "1997-09-25", "1997-09-30", "1997-10-02"};
  EXPECT_EQ(Dates("FREQ=WEEKLY;UNTIL=19971007T000000Z;WKST=SU;BYDAY=TU,TH", "19970902T090000"), expected);
  EXPECT_EQ(Dates("FREQ=WEEKLY;COUNT=10;WKST=SU;BYDAY=TU,TH", "19970902T090000"), expected);
}

TEST(RecurrenceRfc5545, EveryOtherWeekOnMondayWednesdayFriday) {
  EXPECT_EQ(Dates("FREQ=WEEKLY;INTERVAL=2;UNTIL=19971224T000000Z;WKST=SU;BYDAY=MO,WE,FR", "19970901T090000"),
            (Days{"1997-09-01", "1997-09-03", "1997-09-05", "1997-09-15", "1997-09-17", "1997-09-19",
                  "1997-09-29", "1997-10-01", "1997-10-03", "1997-10-13", "1997-10-15", "1997-10-17",
                  "1997-10-27", "1997-10-29", "1997-10-31", "1997-11-10", "1997-11-12", "1997-11-14",
                  "1997-11-24", "1997-11-26", "1997-11-28", "1997-12-08", "1997-12-10", "1997-12-12",
                  "1997-12-22"}));
}

TEST(RecurrenceRfc5545, EveryOtherWeekOnTuesdayAndThursdayEightTimes) {
  EXPECT_EQ(Dates("FREQ=WEEKLY;INTERVAL=2;COUNT=8;WKST=SU;BYDAY=TU,TH", "19970902T090000"),
            (Days{"1997-09-02", "1997-09-04", "1997-09-16", "1997-09-18", "1997-09-30", "1997-10-02",
                  "1997-10-14", "1997-10-16"}));
}

TEST(RecurrenceRfc5545, MonthlyOnTheFirstFriday) {
  EXPECT_EQ(Dates("FREQ=MONTHLY;COUNT=10;BYDAY=1FR", "19970905T090000"),
            (Days{"1997-09-05", "1997-10-03", "1997-11-07", "1997-12-05", "1998-01-02", "1998-02-06",
                  "1998-03-06", "1998-04-03", "1998-05-01", "1998-06-05"}));
}

TEST(RecurrenceRfc5545, EveryOtherMonthOnTheFirstAndLastSunday) {
  EXPECT_EQ(Dates("FREQ=MONTHLY;INTERVAL=2;COUNT=10;BYDAY=1SU,-1SU", "19970907T090000"),
            (Days{"1997-09-07", "1997-09-28", "1997-11-02", "1997-11-30", "1998-01-04", "1998-01-25",
                  "1998-03-01", "1998-03-29", "1998-05-03", "1998-05-31"}));
}

TEST(RecurrenceRfc5545, MonthlyOnTheSecondToLastMonday) {
  EXPECT_EQ(Dates("FREQ=MONTHLY;COUNT=6;BYDAY=-2MO", "19970922T090000"),
            (Days{"1997-09-22", "1997-10-20", "1997-11-17", "1997-12-22", "1998-01-19", "1998-02-16"}));
}

TEST(RecurrenceRfc5545, MonthlyOnTheThirdToLastDay) {
  EXPECT_EQ(Dates("FREQ=MONTHLY;BYMONTHDAY=-3", "19970928T090000", "19980228T235959"),
            (Days{"1997-09-28", "1997-10-29", "1997-11-28", "1997-12-29", "1998-01-29", "1998-02-26"}));
}

TEST(RecurrenceRfc5545, MonthlyOnTheSecondAndFifteenth) {
  EXPECT_EQ(Dates("FREQ=MONTHLY;COUNT=10;BYMONTHDAY=2,15", "19970902T090000"),
            (Days{"1997-09-02", "1997-09-15", "1997-10-02", "1997-10-15", "1997-11-02", "1997-11-15",
                  "1997-12-02", "1997-12-15", "1998-01-02", "1998-01-15"}));
}

TEST(RecurrenceRfc5545, MonthlyOnTheFirstAndLastDay) {
  EXPECT_EQ(Dates("FREQ=MONTHLY;COUNT=10;BYMONTHDAY=1,-1", "19970930T090000"),
            (Days{"1997-09-30", "1997-10-01", "1997-10-31", "1997-11-01", "1997-11-30", "1997-12-01",
                  "1997-12-31", "1998-01-01", "1998-01-31", "1998-02-01"}));
}

TEST(RecurrenceRfc5545, EveryFridayTheThirteenthWithDtstartExcluded) {
  const auto rule = ExpandRule("FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13", At("19970902T090000"),
                               At("19970902T090000"), At("20001231T235959"));
  std::vector<std::string> days;
  for (const CivilTime& t : CombineRecurrenceSet(rule, {}, {At("19970902T090000")})) days.push_back(t.date.Iso());
  EXPECT_EQ(days, (Days{"1998-02-13", "1998-03-13", "1998-11-13", "1999-08-13", "2000-10-13"}));
}

TEST(RecurrenceRfc5545, LastWorkDayOfTheMonthWithBysetpos) {
  EXPECT_EQ(Dates("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", "19970930T090000", "19980331T235959"),
            (Days{"1997-09-30", "1997-10-31", "1997-11-28", "1997-12-31", "1998-01-30", "1998-02-27",
                  "1998-03-31"}));
}

TEST(RecurrenceRfc5545, ThirdTuesdayWednesdayOrThursdayWithBysetpos) {
  EXPECT_EQ(Dates("FREQ=MONTHLY;COUNT=3;BYDAY=TU,WE,TH;BYSETPOS=3", "19970904T090000"),
            (Days{"1997-09-04", "1997-10-07", "1997-11-06"}));
}

TEST(RecurrenceRfc5545, WkstChangesWhichDaysEveryOtherWeekPicks) {
  EXPECT_EQ(Dates("FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO", "19970805T090000"),
            (Days{"1997-08-05", "1997-08-10", "1997-08-19", "1997-08-24"}));
  EXPECT_EQ(Dates("FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU", "19970805T090000"),
            (Days{"1997-08-05", "1997-08-17", "1997-08-19", "1997-08-31"}));
}

TEST(RecurrenceRfc5545, YearlyInJuneAndJuly) {
  EXPECT_EQ(Dates("FREQ=YEARLY;COUNT=10;BYMONTH=6,7", "19970610T090000"),
            (Days{"1997-06-10", "1997-07-10", "1998-06-10", "1998-07-10", "1999-06-10", "1999-07-10",
                  "2000-06-10", "2000-07-10", "2001-06-10", "2001-07-10"}));
}

TEST(RecurrenceRfc5545, EveryThursdayInMarch) {
  EXPECT_EQ(Dates("FREQ=YEARLY;BYMONTH=3;BYDAY=TH", "19970313T090000", "19991231T235959"),
            (Days{"1997-03-13", "1997-03-20", "1997-03-27", "1998-03-05", "1998-03-12", "1998-03-19",
                  "1998-03-26", "1999-03-04", "1999-03-11", "1999-03-18", "1999-03-25"}));
}

TEST(RecurrenceRfc5545, EveryThirdYearOnYearDays) {
  EXPECT_EQ(Dates("FREQ=YEARLY;INTERVAL=3;COUNT=10;BYYEARDAY=1,100,200", "19970101T090000"),
            (Days{"1997-01-01", "1997-04-10", "1997-07-19", "2000-01-01", "2000-04-09", "2000-07-18",
                  "2003-01-01", "2003-04-10", "2003-07-19", "2006-01-01"}));
}

TEST(RecurrenceRfc5545, TwentiethMondayOfTheYear) {
  EXPECT_EQ(Dates("FREQ=YEARLY;BYDAY=20MO", "19970519T090000", "19991231T235959"),
            (Days{"1997-05-19", "1998-05-18", "1999-05-17"}));
}

TEST(RecurrenceRfc5545, UsPresidentialElectionDay) {
  EXPECT_EQ(Dates("FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8", "19961105T090000",
                  "20041231T235959"),
            (Days{"1996-11-05", "2000-11-07", "2004-11-02"}));
}

}  // namespace
}  // namespace kiosk
