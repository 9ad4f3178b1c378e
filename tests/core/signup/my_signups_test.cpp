// tests/core/signup/my_signups_test.cpp — 我的报名: a phone's upcoming sign-ups, nothing for unknown
// numbers, and "张*军，是您吗？" from the roster or an earlier sign-up.
#include "kiosk/core/signup/my_signups.h"

#include <gtest/gtest.h>

#include "kiosk/core/signup/signups.h"
#include "tests/core/rules_test_support.h"

namespace kiosk {
namespace {

using testing::At;
using testing::InsertOccurrence;
using testing::Req;
using testing::ResidentPhone;

class MySignUpsTest : public testing::RulesTest {
 protected:
  MySignUpsTest() {
    InsertOccurrence(db_, 10, 1, "2026-11-27T16:30", "2026-11-27T18:00");
    InsertOccurrence(db_, 11, 1, "2026-11-26T16:30", "2026-11-26T18:00");
    InsertOccurrence(db_, 12, 1, "2026-11-30T16:30", "2026-11-30T18:00");
  }
  std::vector<MySignUp> Mine(const std::string& phone, const std::string& now = "2026-11-26T17:00") {
    return SignUpsForPhone(db_, phone, At(now), kDemoPhoneHashKey);
  }
};

TEST_F(MySignUpsTest, ListsUpcomingSignUpsEarliestFirst) {
  const std::string phone = ResidentPhone(1);
  SignUp(db_, Req(12, phone), At("2026-11-26T10:00"), kDemoPhoneHashKey);
  const auto confirmed =
      std::get<SignUpConfirmed>(SignUp(db_, Req(10, phone), At("2026-11-26T10:00"), kDemoPhoneHashKey));
  SignUp(db_, Req(11, phone), At("2026-11-26T10:00"), kDemoPhoneHashKey);
  SignUp(db_, Req(10, ResidentPhone(2)), At("2026-11-26T10:00"), kDemoPhoneHashKey);  // someone else

  const auto mine = Mine(phone);  // 17:00 on the 26th: occurrence 11 is under way, still listed
  ASSERT_EQ(mine.size(), 3u);
  EXPECT_EQ(mine[0].occurrence_id, 11);
  EXPECT_EQ(mine[1].occurrence_id, 10);
  EXPECT_EQ(mine[2].occurrence_id, 12);
  EXPECT_EQ(mine[1].signup_id, confirmed.signup_id);
  EXPECT_EQ(mine[1].confirmation_code, confirmed.confirmation_code);
  EXPECT_EQ(mine[1].title, "快乐4点半");
  EXPECT_EQ(mine[1].site, "福圣社区");
  EXPECT_EQ(mine[1].venue, "福圣社区 活动室");
  EXPECT_EQ(mine[1].start, At("2026-11-27T16:30"));
  EXPECT_EQ(mine[1].status, MySignUpStatus::kConfirmed);
  EXPECT_TRUE(mine[1].can_cancel);

  EXPECT_EQ(Mine(phone, "2026-11-26T18:00").size(), 2u);  // 11 has ended
}

TEST_F(MySignUpsTest, UnknownOrInvalidNumbersHaveNothing) {
  SignUp(db_, Req(10, ResidentPhone(1)), At("2026-11-26T10:00"), kDemoPhoneHashKey);
  EXPECT_TRUE(Mine(ResidentPhone(2)).empty());
  EXPECT_TRUE(Mine("1380000000").empty());
  EXPECT_TRUE(Mine("abc").empty());
}

TEST_F(MySignUpsTest, CancelledSignUpsDisappearWaitlistAndCancelledActivitiesShowAsSuch) {
  SetCapacity(1);
  const std::string phone = ResidentPhone(1);
  SignUp(db_, Req(10, ResidentPhone(2)), At("2026-11-26T10:00"), kDemoPhoneHashKey);
  SignUp(db_, Req(10, phone, std::nullopt, SignUpRole::kResident, true), At("2026-11-26T10:00"),
         kDemoPhoneHashKey);
  const auto on_12 =
      std::get<SignUpConfirmed>(SignUp(db_, Req(12, phone), At("2026-11-26T10:00"), kDemoPhoneHashKey));
  db_.Exec("UPDATE occurrences SET status = 'cancelled' WHERE id = 12");
  SignUp(db_, Req(11, phone), At("2026-11-26T10:00"), kDemoPhoneHashKey);
  CancelSignUpForPhone(db_, 11, phone, At("2026-11-26T11:00"), kDemoPhoneHashKey);

  const auto mine = Mine(phone);
  ASSERT_EQ(mine.size(), 2u);
  EXPECT_EQ(mine[0].status, MySignUpStatus::kWaitlisted);
  EXPECT_EQ(mine[0].waitlist_position, 1);
  EXPECT_TRUE(mine[0].can_cancel);
  EXPECT_EQ(mine[1].signup_id, on_12.signup_id);
  EXPECT_TRUE(mine[1].occurrence_cancelled);
  EXPECT_FALSE(mine[1].can_cancel);
}

TEST_F(MySignUpsTest, PreviousNameComesFromTheRosterFirst) {
  const auto volunteer = PreviousName(db_, "13900000001", kDemoPhoneHashKey);
  ASSERT_TRUE(volunteer.has_value());
  EXPECT_EQ(volunteer->masked_name, "张*军");
  EXPECT_EQ(volunteer->display_name, "张伟军");
  EXPECT_TRUE(volunteer->from_roster);
}

TEST_F(MySignUpsTest, PreviousNameFromTheLatestNamedSignUp) {
  const std::string phone = ResidentPhone(1);
  EXPECT_FALSE(PreviousName(db_, phone, kDemoPhoneHashKey).has_value());
  SignUp(db_, Req(10, phone, "王芳"), At("2026-11-20T10:00"), kDemoPhoneHashKey);
  SignUp(db_, Req(12, phone, "王芳芳"), At("2026-11-21T10:00"), kDemoPhoneHashKey);
  SignUp(db_, Req(11, phone), At("2026-11-22T10:00"), kDemoPhoneHashKey);  // no name this time
  const auto known = PreviousName(db_, phone, kDemoPhoneHashKey);
  ASSERT_TRUE(known.has_value());
  EXPECT_EQ(known->masked_name, "王*芳");
  EXPECT_FALSE(known->from_roster);
  EXPECT_FALSE(PreviousName(db_, "12345", kDemoPhoneHashKey).has_value());
}

}  // namespace
}  // namespace kiosk
