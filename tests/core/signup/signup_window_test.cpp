// tests/core/signup/signup_window_test.cpp — when sign-up is open: 未开放 / open / 已截止 / over /
// cancelled / gone, as CheckAvailability reports and SignUp enforces.
#include <gtest/gtest.h>

#include "kiosk/core/signup/signups.h"
#include "tests/core/rules_test_support.h"

namespace kiosk {
namespace {

using testing::At;
using testing::Holds;
using testing::InsertOccurrence;
using testing::Req;
using testing::ResidentPhone;

class SignUpWindowTest : public testing::RulesTest {
 protected:
  SignUpWindowTest() { InsertOccurrence(db_, 10, 1, "2026-11-27T16:30", "2026-11-27T18:00"); }

  SignUpWindow WindowAt(const std::string& now) { return CheckAvailability(db_, 10, At(now)).window; }

  std::optional<SignUpRefusal> RefusalAt(const std::string& now, int phone = 1) {
    const SignUpOutcome outcome = SignUp(db_, Req(10, ResidentPhone(phone)), At(now), kDemoPhoneHashKey);
    if (const auto* refused = std::get_if<SignUpRefused>(&outcome)) return refused->reason;
    return std::nullopt;
  }
};

TEST_F(SignUpWindowTest, NoWindowSetMeansOpenNowUntilTheStart) {
  EXPECT_EQ(WindowAt("2026-11-01T08:00"), SignUpWindow::kOpen);
  EXPECT_EQ(WindowAt("2026-11-27T16:29"), SignUpWindow::kOpen);
  EXPECT_EQ(WindowAt("2026-11-27T16:30"), SignUpWindow::kClosed);
  EXPECT_EQ(WindowAt("2026-11-27T17:59"), SignUpWindow::kClosed);
  EXPECT_EQ(WindowAt("2026-11-27T18:00"), SignUpWindow::kOver);
  EXPECT_EQ(CheckAvailability(db_, 10, At("2026-11-01T08:00")).closes_at, At("2026-11-27T16:30"));
}

TEST_F(SignUpWindowTest, ExplicitWindowOpensInclusiveAndClosesExclusive) {
  SetWindow("2026-11-20T09:00", "2026-11-26T18:00");
  EXPECT_EQ(WindowAt("2026-11-20T08:59"), SignUpWindow::kNotOpenYet);
  EXPECT_EQ(CheckAvailability(db_, 10, At("2026-11-20T08:59")).opens_at, At("2026-11-20T09:00"));
  EXPECT_EQ(WindowAt("2026-11-20T09:00"), SignUpWindow::kOpen);
  EXPECT_EQ(WindowAt("2026-11-26T17:59"), SignUpWindow::kOpen);
  EXPECT_EQ(WindowAt("2026-11-26T18:00"), SignUpWindow::kClosed);
}

TEST_F(SignUpWindowTest, SignUpIsRefusedOutsideTheWindowAndWritesNothing) {
  SetWindow("2026-11-20T09:00", "2026-11-26T18:00");
  EXPECT_EQ(RefusalAt("2026-11-20T08:59"), SignUpRefusal::kNotOpenYet);
  EXPECT_EQ(RefusalAt("2026-11-26T18:00"), SignUpRefusal::kClosed);
  EXPECT_EQ(RefusalAt("2026-11-27T18:00"), SignUpRefusal::kOccurrenceOver);
  EXPECT_EQ(testing::Count(db_, "SELECT count(*) FROM signups"), 0);
  EXPECT_EQ(testing::Count(db_, "SELECT count(*) FROM outbox"), 0);
  EXPECT_EQ(RefusalAt("2026-11-20T09:00"), std::nullopt);
}

TEST_F(SignUpWindowTest, OnlyOpensSetClosesAtTheStart) {
  SetWindow("2026-11-20T09:00", std::nullopt);
  EXPECT_EQ(WindowAt("2026-11-27T16:29"), SignUpWindow::kOpen);
  EXPECT_EQ(WindowAt("2026-11-27T16:30"), SignUpWindow::kClosed);
}

TEST_F(SignUpWindowTest, CancelledOccurrenceOrEventRefuses) {
  db_.Exec("UPDATE occurrences SET status = 'cancelled' WHERE id = 10");
  EXPECT_EQ(WindowAt("2026-11-20T09:00"), SignUpWindow::kCancelled);
  EXPECT_EQ(RefusalAt("2026-11-20T09:00"), SignUpRefusal::kOccurrenceCancelled);
  db_.Exec(
      "UPDATE occurrences SET status = 'scheduled' WHERE id = 10; UPDATE events SET status = 'cancelled'");
  EXPECT_EQ(RefusalAt("2026-11-20T09:00"), SignUpRefusal::kOccurrenceCancelled);
  EXPECT_EQ(testing::Count(db_, "SELECT count(*) FROM signups"), 0);
}

TEST_F(SignUpWindowTest, UnknownOccurrenceIsGone) {
  EXPECT_EQ(CheckAvailability(db_, 999, At("2026-11-20T09:00")).window, SignUpWindow::kGone);
  const SignUpOutcome outcome =
      SignUp(db_, Req(999, ResidentPhone(1)), At("2026-11-20T09:00"), kDemoPhoneHashKey);
  ASSERT_TRUE(Holds<SignUpRefused>(outcome));
  EXPECT_EQ(std::get<SignUpRefused>(outcome).reason, SignUpRefusal::kOccurrenceGone);
}

TEST_F(SignUpWindowTest, OccurrenceDeletedByASyncIsGoneEvenAfterTheScreenShowedIt) {
  const Availability before = CheckAvailability(db_, 10, At("2026-11-20T09:00"));
  EXPECT_EQ(before.window, SignUpWindow::kOpen);
  db_.Exec("DELETE FROM occurrences WHERE id = 10");  // what a sync does while the detail screen is open
  EXPECT_EQ(RefusalAt("2026-11-20T09:00"), SignUpRefusal::kOccurrenceGone);
}

}  // namespace
}  // namespace kiosk
