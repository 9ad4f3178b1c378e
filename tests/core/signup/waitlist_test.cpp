// tests/core/signup/waitlist_test.cpp — full -> waitlist -> cancel -> promotion, on the day itself,
// renumbering, and the cases where nobody may be promoted.
#include <gtest/gtest.h>

#include "kiosk/core/signup/signups.h"
#include "tests/core/rules_test_support.h"

namespace kiosk {
namespace {

using testing::At;
using testing::Count;
using testing::Holds;
using testing::InsertOccurrence;
using testing::ResidentPhone;

class WaitlistTest : public testing::RulesTest {
 protected:
  WaitlistTest() {
    InsertOccurrence(db_, 10, 1, "2026-11-27T16:30", "2026-11-27T18:00");
    SetCapacity(2);
  }

  SignUpOutcome SignUpAt(int phone, bool accept_waitlist, const std::string& now = "2026-11-26T10:00") {
    return SignUp(
        db_, testing::Req(10, ResidentPhone(phone), std::nullopt, SignUpRole::kResident, accept_waitlist),
        At(now), kDemoPhoneHashKey);
  }
  std::string IdOf(const SignUpOutcome& outcome) {
    if (const auto* c = std::get_if<SignUpConfirmed>(&outcome)) return c->signup_id;
    if (const auto* w = std::get_if<SignUpWaitlisted>(&outcome)) return w->signup_id;
    ADD_FAILURE() << "not a new sign-up";
    return "";
  }
  std::string StatusOf(const std::string& id) {
    db::Statement query(db_,
                        "SELECT status || coalesce(':' || waitlist_position, '') FROM signups WHERE id = ?1");
    query.Bind(1, id);
    return query.Step() ? query.ColumnText(0) : "<missing>";
  }
};

TEST_F(WaitlistTest, FullAsksFirstThenWaitlistsInOrder) {
  ASSERT_TRUE(Holds<SignUpConfirmed>(SignUpAt(1, false)));
  ASSERT_TRUE(Holds<SignUpConfirmed>(SignUpAt(2, false)));
  const Availability full = CheckAvailability(db_, 10, At("2026-11-26T10:00"));
  EXPECT_TRUE(full.seats.Full());
  EXPECT_EQ(full.seats.NextWaitlistPosition(), 1);

  const SignUpOutcome refused = SignUpAt(3, false);  // the UI has not asked yet
  ASSERT_TRUE(Holds<SignUpRefused>(refused));
  EXPECT_EQ(std::get<SignUpRefused>(refused).reason, SignUpRefusal::kFull);
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM signups"), 2);

  const SignUpOutcome third = SignUpAt(3, true);
  ASSERT_TRUE(Holds<SignUpWaitlisted>(third));
  EXPECT_EQ(std::get<SignUpWaitlisted>(third).position, 1);
  const SignUpOutcome fourth = SignUpAt(4, true);
  ASSERT_TRUE(Holds<SignUpWaitlisted>(fourth));
  EXPECT_EQ(std::get<SignUpWaitlisted>(fourth).position, 2);
  EXPECT_EQ(CheckAvailability(db_, 10, At("2026-11-26T10:00")).seats.NextWaitlistPosition(), 3);

  const SignUpOutcome again = SignUpAt(4, true);  // double tap on 候补
  ASSERT_TRUE(Holds<AlreadySignedUp>(again));
  EXPECT_EQ(std::get<AlreadySignedUp>(again).status, LiveStatus::kWaitlisted);
  EXPECT_EQ(std::get<AlreadySignedUp>(again).waitlist_position, 2);
}

TEST_F(WaitlistTest, AcceptingTheWaitlistStillGetsAFreeSeat) {
  ASSERT_TRUE(Holds<SignUpConfirmed>(SignUpAt(1, true)));
}

TEST_F(WaitlistTest, CancelPromotesTheFirstWaitingAndRenumbersTheRest) {
  const std::string a = IdOf(SignUpAt(1, false));
  IdOf(SignUpAt(2, false));
  const std::string c = IdOf(SignUpAt(3, true));
  const std::string d = IdOf(SignUpAt(4, true));
  const std::string e = IdOf(SignUpAt(5, true));
  const int64_t ops_before = Count(db_, "SELECT count(*) FROM outbox");

  const CancelOutcome outcome = CancelSignUp(db_, a, At("2026-11-26T12:00"));
  ASSERT_TRUE(Holds<SignUpCancelled>(outcome));
  EXPECT_EQ(std::get<SignUpCancelled>(outcome).promoted, std::vector<std::string>{c});
  EXPECT_EQ(StatusOf(a), "cancelled");
  EXPECT_EQ(StatusOf(c), "confirmed");
  EXPECT_EQ(StatusOf(d), "waitlisted:1");
  EXPECT_EQ(StatusOf(e), "waitlisted:2");
  // One cancel_signup and one promote, in the cancel's transaction.
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM outbox") - ops_before, 2);
  EXPECT_EQ(testing::LastPayloadField(db_, "signup_id"), c);
  EXPECT_EQ(testing::LastPayloadField(db_, "freed_by"), a);
  EXPECT_EQ(testing::OutboxCount(db_, "promote"), 1);
}

TEST_F(WaitlistTest, PromotionHappensOnTheDayItselfUntilTheEnd) {
  const std::string a = IdOf(SignUpAt(1, false));
  const std::string b = IdOf(SignUpAt(2, false));
  const std::string c = IdOf(SignUpAt(3, true));
  const std::string d = IdOf(SignUpAt(4, true));
  // During the activity (sign-up itself is closed by now) a seat frees up.
  const CancelOutcome during = CancelSignUp(db_, a, At("2026-11-27T17:00"));
  ASSERT_TRUE(Holds<SignUpCancelled>(during));
  EXPECT_EQ(StatusOf(c), "confirmed");
  // At the end minute it is over: no cancel, no promotion.
  const CancelOutcome after = CancelSignUp(db_, b, At("2026-11-27T18:00"));
  ASSERT_TRUE(Holds<CancelRefused>(after));
  EXPECT_EQ(std::get<CancelRefused>(after).reason, CancelRefusal::kOccurrenceOver);
  EXPECT_EQ(StatusOf(b), "confirmed");
  EXPECT_EQ(StatusOf(d), "waitlisted:1");
}

TEST_F(WaitlistTest, CancellingAWaitlistedPlaceRenumbersWithoutPromoting) {
  IdOf(SignUpAt(1, false));
  IdOf(SignUpAt(2, false));
  const std::string c = IdOf(SignUpAt(3, true));
  const std::string d = IdOf(SignUpAt(4, true));
  const CancelOutcome outcome = CancelSignUp(db_, c, At("2026-11-26T12:00"));
  ASSERT_TRUE(Holds<SignUpCancelled>(outcome));
  EXPECT_TRUE(std::get<SignUpCancelled>(outcome).promoted.empty());
  EXPECT_EQ(StatusOf(d), "waitlisted:1");
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM signups WHERE status = 'confirmed'"), 2);
}

TEST_F(WaitlistTest, SecondCancelTapIsAlreadyCancelledAndPromotesNobodyElse) {
  const std::string a = IdOf(SignUpAt(1, false));
  IdOf(SignUpAt(2, false));
  IdOf(SignUpAt(3, true));
  const std::string d = IdOf(SignUpAt(4, true));
  ASSERT_TRUE(Holds<SignUpCancelled>(CancelSignUp(db_, a, At("2026-11-26T12:00"))));
  const int64_t ops = Count(db_, "SELECT count(*) FROM outbox");
  const CancelOutcome again = CancelSignUp(db_, a, At("2026-11-26T12:00"));
  ASSERT_TRUE(Holds<CancelRefused>(again));
  EXPECT_EQ(std::get<CancelRefused>(again).reason, CancelRefusal::kAlreadyCancelled);
  EXPECT_EQ(StatusOf(d), "waitlisted:1");
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM outbox"), ops);
}

TEST_F(WaitlistTest, CancelByPhoneFindsTheLiveSignUp) {
  IdOf(SignUpAt(1, false));
  const CancelOutcome wrong =
      CancelSignUpForPhone(db_, 10, ResidentPhone(9), At("2026-11-26T12:00"), kDemoPhoneHashKey);
  ASSERT_TRUE(Holds<CancelRefused>(wrong));
  EXPECT_EQ(std::get<CancelRefused>(wrong).reason, CancelRefusal::kNotFound);
  const CancelOutcome bad = CancelSignUpForPhone(db_, 10, "1381", At("2026-11-26T12:00"), kDemoPhoneHashKey);
  EXPECT_EQ(std::get<CancelRefused>(bad).reason, CancelRefusal::kInvalidPhone);
  ASSERT_TRUE(Holds<SignUpCancelled>(
      CancelSignUpForPhone(db_, 10, ResidentPhone(1), At("2026-11-26T12:00"), kDemoPhoneHashKey)));
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM signups WHERE status = 'cancelled'"), 1);
}

TEST_F(WaitlistTest, UnknownAndConflictSignUpsCannotBeCancelled) {
  EXPECT_EQ(std::get<CancelRefused>(CancelSignUp(db_, "K01-999", At("2026-11-26T12:00"))).reason,
            CancelRefusal::kNotFound);
  const std::string a = IdOf(SignUpAt(1, false));
  db::Statement(db_, "UPDATE signups SET status = 'conflict' WHERE id = ?1").Bind(1, a).Run();
  EXPECT_EQ(std::get<CancelRefused>(CancelSignUp(db_, a, At("2026-11-26T12:00"))).reason,
            CancelRefusal::kConflict);
}

TEST_F(WaitlistTest, CancelledOccurrencePromotesNobody) {
  const std::string a = IdOf(SignUpAt(1, false));
  IdOf(SignUpAt(2, false));
  const std::string c = IdOf(SignUpAt(3, true));
  db_.Exec("UPDATE occurrences SET status = 'cancelled' WHERE id = 10");
  const CancelOutcome outcome = CancelSignUp(db_, a, At("2026-11-26T12:00"));
  ASSERT_TRUE(Holds<SignUpCancelled>(outcome));
  EXPECT_TRUE(std::get<SignUpCancelled>(outcome).promoted.empty());
  EXPECT_EQ(StatusOf(c), "waitlisted:1");
}

TEST_F(WaitlistTest, RaisedCapacityGoesToTheWaitlistBeforeANewcomer) {
  IdOf(SignUpAt(1, false));
  IdOf(SignUpAt(2, false));
  const std::string c = IdOf(SignUpAt(3, true));
  const std::string d = IdOf(SignUpAt(4, true));
  SetCapacity(3);  // the office raised it in the last sync
  const Availability availability = CheckAvailability(db_, 10, At("2026-11-26T12:00"));
  EXPECT_EQ(availability.seats.Left(), 0);  // the free seat belongs to the first waiting
  const SignUpOutcome newcomer = SignUpAt(5, true, "2026-11-26T12:00");
  ASSERT_TRUE(Holds<SignUpWaitlisted>(newcomer));
  EXPECT_EQ(std::get<SignUpWaitlisted>(newcomer).position, 2);
  EXPECT_EQ(StatusOf(c), "confirmed");
  EXPECT_EQ(StatusOf(d), "waitlisted:1");
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM signups WHERE status = 'confirmed'"), 3);
}

TEST_F(WaitlistTest, CapacityZeroIsAlwaysFull) {
  SetCapacity(0);
  const SignUpOutcome outcome = SignUpAt(1, false);
  ASSERT_TRUE(Holds<SignUpRefused>(outcome));
  EXPECT_EQ(std::get<SignUpRefused>(outcome).reason, SignUpRefusal::kFull);
}

}  // namespace
}  // namespace kiosk
