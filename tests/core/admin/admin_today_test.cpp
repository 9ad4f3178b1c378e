// tests/core/admin/admin_today_test.cpp — what the admin screen lists for today: each activity
// with its sign-ups (names, last four digits, the waitlist in order) and the check-ins, open
// ones without a check-out.
#include "kiosk/core/admin/admin_today.h"

#include <gtest/gtest.h>

#include "kiosk/core/volunteer/checkins.h"
#include "tests/core/rules_test_support.h"

namespace kiosk {
namespace {

class AdminTodayTest : public testing::RulesTest {
 protected:
  AdminTodayTest() {
    AddVolunteerEvent();
    testing::InsertOccurrence(db_, 10, 1, "2026-11-27T16:30", "2026-11-27T18:00");
    testing::InsertOccurrence(db_, 20, 2, "2026-11-27T09:00", "2026-11-27T12:00");
    testing::InsertOccurrence(db_, 30, 1, "2026-11-28T16:30", "2026-11-28T18:00");  // tomorrow: not listed
  }
};

TEST_F(AdminTodayTest, ListsTodaysActivitiesWithNamesAndLastFourDigits) {
  SetCapacity(1);
  const LocalDateTime now = testing::At("2026-11-27T08:00");
  SignUp(db_, testing::Req(10, "13812345678", "王小明"), now, kDemoPhoneHashKey);
  SignUp(db_, testing::Req(10, "13887654321", std::nullopt, SignUpRole::kResident, true), now,
         kDemoPhoneHashKey);
  SignUp(db_, testing::Req(30, "13811112222", "明天"), now, kDemoPhoneHashKey);
  const auto today = TodaysSignUps(db_, LocalDate{2026, 11, 27});
  ASSERT_EQ(today.size(), 2u);
  EXPECT_EQ(today[0].occurrence_id, 20) << "in time order";
  EXPECT_TRUE(today[0].signups.empty());
  ASSERT_EQ(today[1].signups.size(), 2u);
  EXPECT_EQ(today[1].signups[0].name, "王小明");
  EXPECT_EQ(today[1].signups[0].phone_last4, "5678");
  EXPECT_EQ(today[1].signups[0].status, "confirmed");
  EXPECT_EQ(today[1].signups[1].phone_last4, "4321");
  EXPECT_EQ(today[1].signups[1].waitlist_position, 1);
}

TEST_F(AdminTodayTest, CheckInsShowWhichAreStillOpen) {
  ASSERT_TRUE(std::holds_alternative<CheckedIn>(CheckIn(db_, 1, 20, testing::At("2026-11-27T08:50"))));
  auto list = TodaysCheckIns(db_, LocalDate{2026, 11, 27});
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0].volunteer, "张伟军");
  EXPECT_EQ(list[0].activity, "平安巡逻");
  EXPECT_FALSE(list[0].checked_out) << "open";
  CheckOut(db_, 1, 20, testing::At("2026-11-27T12:00"));
  list = TodaysCheckIns(db_, LocalDate{2026, 11, 27});
  ASSERT_TRUE(list[0].checked_out);
  EXPECT_EQ(list[0].checked_out->HourMinute(), "12:00");
}

}  // namespace
}  // namespace kiosk
