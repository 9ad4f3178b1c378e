// tests/core/volunteer/volunteer_hours_test.cpp — 我的时长: this month's and this year's minutes, counted
// by the check-in date, across month and year boundaries.
#include <gtest/gtest.h>

#include "kiosk/core/volunteer/checkins.h"
#include "tests/core/rules_test_support.h"

namespace kiosk {
namespace {

using testing::At;
using testing::Holds;
using testing::InsertOccurrence;

class VolunteerHoursTest : public testing::RulesTest {
 protected:
  VolunteerHoursTest() { AddVolunteerEvent(); }

  // Serves occurrence `id` from `in` to `out` (both on the occurrence's day).
  void Serve(int64_t id, const std::string& day, const std::string& in, const std::string& out) {
    InsertOccurrence(db_, id, 2, day + "T08:00", day + "T20:00");
    ASSERT_TRUE(Holds<CheckedIn>(CheckIn(db_, 1, id, At(day + "T" + in))));
    ASSERT_TRUE(Holds<CheckedOut>(CheckOut(db_, 1, id, At(day + "T" + out))));
  }
};

TEST_F(VolunteerHoursTest, MonthAndYearAcrossAMonthBoundary) {
  Serve(30, "2026-12-31", "09:00", "11:30");  // 150
  Serve(31, "2027-01-31", "09:00", "10:05");  // 65
  Serve(32, "2027-02-01", "14:00", "16:00");  // 120
  const ServiceMinutes january = VolunteerHours(db_, 1, At("2027-01-31T20:00"));
  EXPECT_EQ(january.this_month, 65);
  EXPECT_EQ(january.this_year, 65);  // December belongs to last year
  const ServiceMinutes february = VolunteerHours(db_, 1, At("2027-02-01T20:00"));
  EXPECT_EQ(february.this_month, 120);
  EXPECT_EQ(february.this_year, 185);
  EXPECT_EQ(february.auto_closed_this_year, 0);
  const ServiceMinutes december = VolunteerHours(db_, 1, At("2026-12-31T23:00"));
  EXPECT_EQ(december.this_month, 150);
  EXPECT_EQ(december.this_year, 150);
}

TEST_F(VolunteerHoursTest, OpenCheckInsAndOtherVolunteersDoNotCount) {
  Serve(30, "2027-01-10", "09:00", "10:00");
  InsertOccurrence(db_, 31, 2, "2027-01-11T08:00", "2027-01-11T20:00");
  ASSERT_TRUE(Holds<CheckedIn>(CheckIn(db_, 1, 31, At("2027-01-11T09:00"))));
  AddVolunteer(3, "王芳", "V0003", "13900000003", true);
  ASSERT_TRUE(Holds<CheckedIn>(CheckIn(db_, 3, 30, At("2027-01-10T09:00"))));
  ASSERT_TRUE(Holds<CheckedOut>(CheckOut(db_, 3, 30, At("2027-01-10T12:00"))));
  EXPECT_EQ(VolunteerHours(db_, 1, At("2027-01-11T10:00")).this_month, 60);
  EXPECT_EQ(VolunteerHours(db_, 3, At("2027-01-11T10:00")).this_month, 180);
  EXPECT_EQ(VolunteerHours(db_, 9, At("2027-01-11T10:00")).this_year, 0);
}

}  // namespace
}  // namespace kiosk
