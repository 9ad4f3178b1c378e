// tests/core/signup/signup_listing_test.cpp — the 报名参加 list: exactly the occurrences SignUp would
// accept now (window open, not cancelled, not over), earliest first, with seats and waitlist.
#include "kiosk/core/signup/signup_listing.h"

#include <gtest/gtest.h>

#include "kiosk/core/signup/signups.h"
#include "tests/core/rules_test_support.h"

namespace kiosk {
namespace {

using testing::At;
using testing::InsertOccurrence;
using testing::Req;
using testing::ResidentPhone;

class SignUpListingTest : public testing::RulesTest {
 protected:
  SignUpListingTest() {
    InsertOccurrence(db_, 10, 1, "2026-11-27T16:30", "2026-11-27T18:00");
    InsertOccurrence(db_, 11, 1, "2026-11-26T16:30", "2026-11-26T18:00");  // yesterday
    InsertOccurrence(db_, 12, 1, "2026-11-30T16:30", "2026-11-30T18:00");
    InsertOccurrence(db_, 13, 1, "2026-11-28T16:30", "2026-11-28T18:00", "cancelled");
    InsertOccurrence(db_, 14, 1, "2026-11-27T08:00", "2026-11-27T12:00");  // under way at 09:30
  }
  std::vector<int64_t> Ids(const std::string& now) {
    std::vector<int64_t> ids;
    for (const OpenForSignUp& o : OccurrencesOpenForSignUp(db_, At(now), 50)) ids.push_back(o.occurrence_id);
    return ids;
  }
};

TEST_F(SignUpListingTest, ListsOpenOccurrencesEarliestFirst) {
  EXPECT_EQ(Ids("2026-11-27T09:30"), (std::vector<int64_t>{10, 12}));
  EXPECT_EQ(Ids("2026-11-27T16:30"), (std::vector<int64_t>{12}));  // 10 closed at its start
}

TEST_F(SignUpListingTest, AgreesWithCheckAvailabilityForEveryOccurrence) {
  SetWindow("2026-11-20T09:00", "2026-11-27T17:00");  // closes after 10's start
  for (const std::string now : {"2026-11-19T09:00", "2026-11-20T09:00", "2026-11-27T09:30",
                                "2026-11-27T16:45", "2026-11-27T17:00", "2026-11-30T17:00"}) {
    const std::vector<int64_t> listed = Ids(now);
    for (int64_t id : {10, 11, 12, 13, 14}) {
      const bool open = CheckAvailability(db_, id, At(now)).window == SignUpWindow::kOpen;
      const bool in_list = std::find(listed.begin(), listed.end(), id) != listed.end();
      EXPECT_EQ(in_list, open) << "occurrence " << id << " at " << now;
    }
  }
}

TEST_F(SignUpListingTest, CountsSeatsAndWaitlistLikeTheRules) {
  SetCapacity(2);
  const LocalDateTime now = At("2026-11-27T09:30");
  for (int n = 1; n <= 3; ++n)
    SignUp(db_, Req(10, ResidentPhone(n), std::nullopt, SignUpRole::kResident, true), now, kDemoPhoneHashKey);
  const auto list = OccurrencesOpenForSignUp(db_, now, 50);
  ASSERT_FALSE(list.empty());
  EXPECT_EQ(list[0].occurrence_id, 10);
  EXPECT_EQ(list[0].seats.confirmed, 2);
  EXPECT_EQ(list[0].seats.waitlisted, 1);
  EXPECT_EQ(list[0].seats.Left(), 0);
  EXPECT_EQ(list[0].title, "快乐4点半");
  EXPECT_EQ(list[0].venue, "福圣社区 活动室");
}

TEST_F(SignUpListingTest, RespectsTheLimit) {
  EXPECT_EQ(OccurrencesOpenForSignUp(db_, At("2026-11-27T09:30"), 1).size(), 1u);
}

}  // namespace
}  // namespace kiosk
