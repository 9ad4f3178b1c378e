// tests/core/signup/signup_operations_test.cpp — the 'signup', 'cancel_signup' and 'promote' operations:
// a lossless JSON round trip for each, replay changes nothing, and the conflict rules the office
// merge relies on (a confirmed sign-up arriving for a full occurrence, a second live sign-up of
// one phone, a waitlisted one joining the end of the line, a promotion with no seat).
#include "kiosk/core/signup/signup_operations.h"

#include <gtest/gtest.h>

#include "kiosk/core/people/phone_hash.h"
#include "tests/core/rules_test_support.h"

namespace kiosk {
namespace {

using testing::At;
using testing::Count;
using testing::InsertOccurrence;

SignUpOp ResidentOp(const std::string& id, int phone, LiveStatus status = LiveStatus::kConfirmed) {
  SignUpOp op;
  op.signup_id = id;
  op.occurrence_id = 10;
  op.event_uid = "evt-1@tongan";
  op.recurrence_id = "2026-11-27T16:30";
  op.phone_hash = PhoneHash(testing::ResidentPhone(phone), kDemoPhoneHashKey);
  op.phone_last4 = testing::ResidentPhone(phone).substr(7);
  op.status = status;
  if (status == LiveStatus::kWaitlisted) op.waitlist_position = 1;
  op.confirmation_code = std::string("K7MQ3") + "ABCDEFGHJK"[phone % 10];
  op.created_at = At("2026-11-26T10:00");
  return op;
}

template <class Op>
Op RoundTrip(const Op& op) {
  Op back;
  FromJson("K01-7", ToJson(op), back);
  return back;
}

TEST(SignUpOperations, EveryKindRoundTripsLosslesslyWithQuotesNewlinesAndNulls) {
  SignUpOp signup = ResidentOp("K01-3", 1);
  signup.display_name = "O'Brien \"张\"\n伟\\军";
  EXPECT_EQ(RoundTrip(signup), signup);
  signup.display_name.reset();  // null optionals stay null
  EXPECT_EQ(RoundTrip(signup), signup);
  SignUpOp volunteer = ResidentOp("K01-4", 2, LiveStatus::kWaitlisted);
  volunteer.role = SignUpRole::kVolunteer;
  volunteer.volunteer_id = 7;
  EXPECT_EQ(RoundTrip(volunteer), volunteer);

  CancelSignUpOp cancel{
      "K01-3", 10, "evt-1@tongan", "2026-11-27T16:30", LiveStatus::kWaitlisted, At("2026-11-26T11:05")};
  EXPECT_EQ(RoundTrip(cancel), cancel);
  cancel.event_uid.reset();  // the occurrence was already gone
  cancel.recurrence_id.reset();
  EXPECT_EQ(RoundTrip(cancel), cancel);

  PromoteOp promote{"K01-5", 10, "evt-1@tongan", "2026-11-27T16:30", At("2026-11-26T11:05"), "K01-3"};
  EXPECT_EQ(RoundTrip(promote), promote);
  promote.freed_by.reset();  // the capacity was raised
  EXPECT_EQ(RoundTrip(promote), promote);
}

TEST(SignUpOperations, PayloadsKeepTheFieldNamesTheOfficeReads) {
  const std::string json = ToJson(ResidentOp("K01-3", 1));
  for (const char* field :
       {"signup_id", "occurrence_id", "event_uid", "recurrence_id", "role", "volunteer_id", "phone_hash",
        "phone_last4", "display_name", "status", "waitlist_position", "confirmation_code", "created_at"}) {
    EXPECT_NE(json.find(std::string("\"") + field + "\":"), std::string::npos) << field;
  }
}

TEST(SignUpOperations, AMalformedPayloadNamesTheOperationAndTheField) {
  std::string json = ToJson(ResidentOp("K01-3", 1));
  json.replace(json.find("\"confirmed\""), 11, "\"maybe\"");
  SignUpOp op;
  try {
    FromJson("K01-7", json, op);
    FAIL() << "status 'maybe' was accepted";
  } catch (const MalformedOperation& error) {
    EXPECT_EQ(error.op_id(), "K01-7");
    EXPECT_EQ(error.field(), "status");
  }
}

class ApplySignUpOps : public testing::RulesTest {
 protected:
  ApplySignUpOps() {
    InsertOccurrence(db_, 10, 1, "2026-11-27T16:30", "2026-11-27T18:00");
    SetCapacity(2);
  }
  std::string StatusOf(const std::string& id) {
    db::Statement query(db_,
                        "SELECT status || coalesce(':' || waitlist_position, '') FROM signups WHERE id = ?1");
    query.Bind(1, id);
    return query.Step() ? query.ColumnText(0) : "<missing>";
  }
};

TEST_F(ApplySignUpOps, ReplayingAnyOperationChangesNothing) {
  const SignUpOp first = ResidentOp("K02-1", 1);
  const SignUpOp waiting = ResidentOp("K02-2", 2, LiveStatus::kWaitlisted);
  EXPECT_EQ(Apply(db_, first), ApplyResult::kApplied);
  EXPECT_EQ(Apply(db_, first), ApplyResult::kReplayed);
  EXPECT_EQ(Apply(db_, waiting), ApplyResult::kApplied);
  const CancelSignUpOp cancel{
      "K02-1", 10, "evt-1@tongan", "2026-11-27T16:30", LiveStatus::kConfirmed, At("2026-11-26T11:00")};
  EXPECT_EQ(Apply(db_, cancel), ApplyResult::kApplied);
  EXPECT_EQ(Apply(db_, cancel), ApplyResult::kReplayed);
  const PromoteOp promote{"K02-2", 10, "evt-1@tongan", "2026-11-27T16:30", At("2026-11-26T11:00"), "K02-1"};
  EXPECT_EQ(Apply(db_, promote), ApplyResult::kApplied);
  EXPECT_EQ(Apply(db_, promote), ApplyResult::kReplayed);
  EXPECT_EQ(Apply(db_, first), ApplyResult::kReplayed);  // a cancelled sign-up is not revived
  EXPECT_EQ(StatusOf("K02-1"), "cancelled");
  EXPECT_EQ(StatusOf("K02-2"), "confirmed");
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM signups"), 2);
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM signups WHERE origin_kiosk = 'K02'"), 2);
}

TEST_F(ApplySignUpOps, AConfirmedSignUpForAFullOccurrenceIsStoredAsConflict) {
  ASSERT_EQ(Apply(db_, ResidentOp("K02-1", 1)), ApplyResult::kApplied);
  ASSERT_EQ(Apply(db_, ResidentOp("K02-2", 2)), ApplyResult::kApplied);
  // Another kiosk sold the last seat offline too: the later operation loses.
  EXPECT_EQ(Apply(db_, ResidentOp("K03-1", 3)), ApplyResult::kConflict);
  EXPECT_EQ(StatusOf("K03-1"), "conflict");
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM signups WHERE status = 'confirmed'"), 2);
}

TEST_F(ApplySignUpOps, AFreeSeatThatSomeoneWaitsForIsNotANewcomers) {
  SetCapacity(1);
  ASSERT_EQ(Apply(db_, ResidentOp("K02-1", 1)), ApplyResult::kApplied);
  ASSERT_EQ(Apply(db_, ResidentOp("K02-2", 2, LiveStatus::kWaitlisted)), ApplyResult::kApplied);
  SetCapacity(2);  // one seat free, one person waiting: seats.h says full
  EXPECT_EQ(Apply(db_, ResidentOp("K03-1", 3)), ApplyResult::kConflict);
}

TEST_F(ApplySignUpOps, AWaitlistedSignUpKeepsAPlaceAtTheEndOfTheLine) {
  SetCapacity(1);
  ASSERT_EQ(Apply(db_, ResidentOp("K02-1", 1)), ApplyResult::kApplied);
  ASSERT_EQ(Apply(db_, ResidentOp("K02-2", 2, LiveStatus::kWaitlisted)), ApplyResult::kApplied);
  // Kiosk K03 showed "第1位" offline; K02's waiting resident was first.
  EXPECT_EQ(Apply(db_, ResidentOp("K03-1", 3, LiveStatus::kWaitlisted)), ApplyResult::kApplied);
  EXPECT_EQ(StatusOf("K02-2"), "waitlisted:1");
  EXPECT_EQ(StatusOf("K03-1"), "waitlisted:2");
}

TEST_F(ApplySignUpOps, ASecondLiveSignUpOfOnePhoneIsStoredAsConflict) {
  ASSERT_EQ(Apply(db_, ResidentOp("K02-1", 1)), ApplyResult::kApplied);
  EXPECT_EQ(Apply(db_, ResidentOp("K03-1", 1)), ApplyResult::kConflict);
  EXPECT_EQ(StatusOf("K03-1"), "conflict");
}

TEST_F(ApplySignUpOps, VolunteersTakeNoSeat) {
  SetCapacity(0);
  SignUpOp volunteer = ResidentOp("K02-1", 1);
  volunteer.role = SignUpRole::kVolunteer;
  volunteer.volunteer_id = 1;
  EXPECT_EQ(Apply(db_, volunteer), ApplyResult::kApplied);
  EXPECT_EQ(StatusOf("K02-1"), "confirmed");
}

TEST_F(ApplySignUpOps, UnknownRowsAreRejectedAndWriteNothing) {
  SignUpOp elsewhere = ResidentOp("K02-1", 1);
  elsewhere.occurrence_id = 99;
  EXPECT_EQ(Apply(db_, elsewhere), ApplyResult::kRejected);
  EXPECT_EQ(Apply(db_, CancelSignUpOp{"K02-9", 10, {}, {}, LiveStatus::kConfirmed, At("2026-11-26T11:00")}),
            ApplyResult::kRejected);
  EXPECT_EQ(Apply(db_, PromoteOp{"K02-9", 10, "u", "r", At("2026-11-26T11:00"), {}}), ApplyResult::kRejected);
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM signups"), 0);
}

TEST_F(ApplySignUpOps, APromotionWithNoSeatLeavesTheResidentWaiting) {
  SetCapacity(1);
  ASSERT_EQ(Apply(db_, ResidentOp("K02-1", 1)), ApplyResult::kApplied);
  ASSERT_EQ(Apply(db_, ResidentOp("K02-2", 2, LiveStatus::kWaitlisted)), ApplyResult::kApplied);
  EXPECT_EQ(Apply(db_, PromoteOp{"K02-2", 10, "u", "r", At("2026-11-26T11:00"), {}}), ApplyResult::kConflict);
  EXPECT_EQ(StatusOf("K02-2"), "waitlisted:1");
}

TEST_F(ApplySignUpOps, CancellingAWaitingResidentRenumbersTheLineBehind) {
  SetCapacity(1);
  ASSERT_EQ(Apply(db_, ResidentOp("K02-1", 1)), ApplyResult::kApplied);
  ASSERT_EQ(Apply(db_, ResidentOp("K02-2", 2, LiveStatus::kWaitlisted)), ApplyResult::kApplied);
  ASSERT_EQ(Apply(db_, ResidentOp("K02-3", 3, LiveStatus::kWaitlisted)), ApplyResult::kApplied);
  EXPECT_EQ(Apply(db_, CancelSignUpOp{"K02-2", 10, {}, {}, LiveStatus::kWaitlisted, At("2026-11-26T11:00")}),
            ApplyResult::kApplied);
  EXPECT_EQ(StatusOf("K02-3"), "waitlisted:1");
  EXPECT_EQ(StatusOf("K02-1"), "confirmed");  // a cancel promotes nobody by itself
}

}  // namespace
}  // namespace kiosk
