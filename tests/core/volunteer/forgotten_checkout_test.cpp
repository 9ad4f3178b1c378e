// tests/core/volunteer/forgotten_checkout_test.cpp — a volunteer who forgets to check out is closed at the
// activity's end and flagged for staff; checking out late within the grace hour counts as is.
#include <gtest/gtest.h>

#include "kiosk/core/volunteer/checkins.h"
#include "tests/core/rules_test_support.h"

namespace kiosk {
namespace {

using testing::At;
using testing::Count;
using testing::Holds;
using testing::InsertOccurrence;

class ForgottenCheckoutTest : public testing::RulesTest {
 protected:
  ForgottenCheckoutTest() {
    AddVolunteerEvent();
    InsertOccurrence(db_, 20, 2, "2026-11-27T09:00", "2026-11-27T12:00");
    AddVolunteer(3, "王芳", "V0003", "13900000003", true);
    EXPECT_TRUE(Holds<CheckedIn>(CheckIn(db_, 1, 20, At("2026-11-27T08:45"))));
  }
};

TEST_F(ForgottenCheckoutTest, ClosedAtTheEndAndFlaggedOnceTheGraceHourHasPassed) {
  EXPECT_EQ(CloseForgottenCheckouts(db_, At("2026-11-27T12:59")), 0);  // may still check out
  EXPECT_EQ(CloseForgottenCheckouts(db_, At("2026-11-27T13:00")), 1);
  db::Statement row(db_, "SELECT status, checked_out_at, auto_closed FROM checkins");
  ASSERT_TRUE(row.Step());
  EXPECT_EQ(row.ColumnText(0), "checked_out");
  EXPECT_EQ(row.ColumnText(1), "2026-11-27T12:00");
  EXPECT_EQ(row.ColumnInt(2), 1);
  EXPECT_EQ(testing::LastPayloadField(db_, "auto_closed"), "1");
  EXPECT_EQ(testing::LastPayloadField(db_, "minutes"), "195");
  EXPECT_EQ(CloseForgottenCheckouts(db_, At("2026-11-27T14:00")), 0);  // only once
  EXPECT_EQ(testing::OutboxCount(db_, "checkout"), 1);

  const std::vector<AutoClosedCheckout> flagged = AutoClosedCheckouts(db_, LocalDate{2026, 11, 1});
  ASSERT_EQ(flagged.size(), 1u);
  EXPECT_EQ(flagged[0].volunteer_code, "V0001");
  EXPECT_EQ(flagged[0].title, "平安巡逻");
  EXPECT_EQ(flagged[0].minutes, 195);
  EXPECT_TRUE(AutoClosedCheckouts(db_, LocalDate{2026, 11, 28}).empty());
}

TEST_F(ForgottenCheckoutTest, CheckingOutWithinTheGraceHourRecordsTheRealTime) {
  const CheckOutOutcome late = CheckOut(db_, 1, 20, At("2026-11-27T12:40"));
  ASSERT_TRUE(Holds<CheckedOut>(late));
  EXPECT_EQ(std::get<CheckedOut>(late).minutes, 235);
  EXPECT_EQ(Count(db_, "SELECT auto_closed FROM checkins"), 0);
}

TEST_F(ForgottenCheckoutTest, TooLateCheckOutFindsItAutoClosed) {
  const CheckOutOutcome outcome = CheckOut(db_, 1, 20, At("2026-11-27T15:00"));
  ASSERT_TRUE(Holds<AlreadyCheckedOut>(outcome));
  EXPECT_TRUE(std::get<AlreadyCheckedOut>(outcome).auto_closed);
  EXPECT_EQ(std::get<AlreadyCheckedOut>(outcome).checked_out_at, At("2026-11-27T12:00"));
  EXPECT_EQ(testing::OutboxCount(db_, "checkout"), 1);
}

TEST_F(ForgottenCheckoutTest, DutiesAndHoursApplyItLazily) {
  const std::vector<Duty> duties = TodaysDuties(db_, 1, At("2026-11-27T18:00"));
  ASSERT_EQ(duties.size(), 1u);
  EXPECT_EQ(duties[0].state, DutyState::kCheckedOut);
  EXPECT_TRUE(duties[0].auto_closed);
  EXPECT_EQ(duties[0].minutes, 195);
  EXPECT_EQ(VolunteerHours(db_, 1, At("2026-11-27T18:00")).this_month, 195);
  EXPECT_EQ(VolunteerHours(db_, 1, At("2026-11-27T18:00")).auto_closed_this_year, 1);
}

TEST_F(ForgottenCheckoutTest, HoursClosesForgottenCheckoutsOfOtherVolunteersToo) {
  ASSERT_TRUE(Holds<CheckedIn>(CheckIn(db_, 3, 20, At("2026-11-27T09:10"))));
  VolunteerHours(db_, 1, At("2026-11-28T09:00"));
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM checkins WHERE auto_closed = 1"), 2);
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM checkins WHERE status = 'checked_in'"), 0);
}

}  // namespace
}  // namespace kiosk
