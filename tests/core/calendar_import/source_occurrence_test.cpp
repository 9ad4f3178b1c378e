// tests/core/calendar_import/source_occurrence_test.cpp — the occurrence both importers build from an
// expanded instance: its identity, its end (all day: up to the next midnight) and its cancellation.
#include "kiosk/core/calendar_import/source_occurrence.h"

#include <gtest/gtest.h>

namespace kiosk {
namespace {

LocalDate Day(const char* iso) { return *LocalDate::ParseIso(iso); }

TEST(SourceOccurrence, TimedInstanceEndsAfterItsLength) {
  const CivilTime start{Day("2026-11-27"), 23, 30, 0, false};
  const SourceOccurrence o = MakeSourceOccurrence(RecurrenceIdOf(start), start, 90 * 60);
  EXPECT_EQ(o.recurrence_id, "2026-11-27T23:30");
  EXPECT_FALSE(o.all_day);
  EXPECT_EQ(o.start.Iso(), "2026-11-27T23:30");
  EXPECT_EQ(o.end.Iso(), "2026-11-28T01:00");  // past midnight: the next day
  EXPECT_FALSE(o.cancelled);
}

TEST(SourceOccurrence, AllDayInstanceEndsAtTheNextMidnight) {
  const CivilTime day{Day("2026-11-27"), 0, 0, 0, true};
  const SourceOccurrence o = MakeSourceOccurrence(RecurrenceIdOf(day), day, 2 * 86400, true);
  EXPECT_EQ(o.recurrence_id, "2026-11-27");
  EXPECT_TRUE(o.all_day);
  EXPECT_EQ(o.start.Iso(), "2026-11-27T00:00");
  EXPECT_EQ(o.end.Iso(), "2026-11-29T00:00");
  EXPECT_TRUE(o.cancelled);
}

TEST(SourceOccurrence, OneOffKeepsAnEmptyIdSoMovingItKeepsItsSignups) {
  const CivilTime start{Day("2026-11-27"), 9, 0, 0, false};
  EXPECT_EQ(MakeSourceOccurrence("", start, 3600).recurrence_id, "");
}

}  // namespace
}  // namespace kiosk
