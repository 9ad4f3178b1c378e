// tests/core/volunteer/checkin_operations_test.cpp — the 'checkin' and 'checkout' operations: a lossless
// JSON round trip, replay changes nothing, and the conflict rule for a second check-in of one
// volunteer on one occurrence (made at another kiosk first).
#include "kiosk/core/volunteer/checkin_operations.h"

#include <gtest/gtest.h>

#include "tests/core/rules_test_support.h"

namespace kiosk {
namespace {

using testing::At;
using testing::Count;
using testing::InsertOccurrence;

template <class Op>
Op RoundTrip(const Op& op) {
  Op back;
  FromJson("K01-7", ToJson(op), back);
  return back;
}

TEST(CheckinOperations, BothKindsRoundTripLosslessly) {
  const CheckinOp checkin{"K01-3", 1, 20, "patrol\"\n@tongan", "2026-11-27T09:00", At("2026-11-27T08:10")};
  EXPECT_EQ(RoundTrip(checkin), checkin);
  CheckoutOp checkout{"K01-3", 1, 20, At("2026-11-27T08:10"), At("2026-11-27T11:03"), 173, true};
  EXPECT_EQ(RoundTrip(checkout), checkout);
  checkout.occurrence_id.reset();  // general duty at the centre
  checkout.auto_closed = false;
  EXPECT_EQ(RoundTrip(checkout), checkout);
}

TEST(CheckinOperations, AMalformedPayloadNamesTheField) {
  CheckoutOp op;
  try {
    FromJson("K01-8",
             R"({"checkin_id":"K01-3","volunteer_id":1,"occurrence_id":null,)"
             R"("checked_in_at":"2026-11-27T08:10","checked_out_at":"2026-11-27T11:03",)"
             R"("minutes":173,"auto_closed":"yes"})",
             op);
    FAIL() << "auto_closed \"yes\" was accepted";
  } catch (const MalformedOperation& error) {
    EXPECT_EQ(error.op_id(), "K01-8");
    EXPECT_EQ(error.field(), "auto_closed");
  }
}

class ApplyCheckinOps : public testing::RulesTest {
 protected:
  ApplyCheckinOps() {
    AddVolunteerEvent();
    InsertOccurrence(db_, 20, 2, "2026-11-27T09:00", "2026-11-27T11:00");
  }
  std::string StateOf(const std::string& id) {
    db::Statement query(db_,
                        "SELECT status || coalesce(' ' || checked_out_at, '') || ' ' || auto_closed "
                        "FROM checkins WHERE id = ?1");
    query.Bind(1, id);
    return query.Step() ? query.ColumnText(0) : "<missing>";
  }
};

TEST_F(ApplyCheckinOps, ReplayingCheckinAndCheckoutChangesNothing) {
  const CheckinOp in{"K02-1", 1, 20, "patrol", "2026-11-27T09:00", At("2026-11-27T08:10")};
  const CheckoutOp out{"K02-1", 1, 20, At("2026-11-27T08:10"), At("2026-11-27T11:03"), 173, false};
  EXPECT_EQ(Apply(db_, in), ApplyResult::kApplied);
  EXPECT_EQ(Apply(db_, in), ApplyResult::kReplayed);
  EXPECT_EQ(Apply(db_, out), ApplyResult::kApplied);
  EXPECT_EQ(Apply(db_, out), ApplyResult::kReplayed);
  EXPECT_EQ(Apply(db_, in), ApplyResult::kReplayed);  // a closed check-in is not reopened
  EXPECT_EQ(StateOf("K02-1"), "checked_out 2026-11-27T11:03 0");
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM checkins WHERE origin_kiosk = 'K02'"), 1);
}

TEST_F(ApplyCheckinOps, ASecondCheckinOfOneVolunteerIsStoredAsConflictAndHoldsNoTime) {
  ASSERT_EQ(Apply(db_, CheckinOp{"K02-1", 1, 20, "patrol", "r", At("2026-11-27T08:10")}),
            ApplyResult::kApplied);
  EXPECT_EQ(Apply(db_, CheckinOp{"K03-1", 1, 20, "patrol", "r", At("2026-11-27T08:20")}),
            ApplyResult::kConflict);
  EXPECT_EQ(StateOf("K03-1"), "conflict 0");
  const CheckoutOp out{"K03-1", 1, 20, At("2026-11-27T08:20"), At("2026-11-27T10:00"), 100, false};
  EXPECT_EQ(Apply(db_, out), ApplyResult::kConflict);
  EXPECT_EQ(StateOf("K03-1"), "conflict 0");
}

TEST_F(ApplyCheckinOps, UnknownRowsAreRejected) {
  EXPECT_EQ(Apply(db_, CheckinOp{"K02-1", 99, 20, "patrol", "r", At("2026-11-27T08:10")}),
            ApplyResult::kRejected);
  EXPECT_EQ(Apply(db_, CheckinOp{"K02-1", 1, 99, "patrol", "r", At("2026-11-27T08:10")}),
            ApplyResult::kRejected);
  EXPECT_EQ(Apply(db_, CheckoutOp{"K02-1", 1, 20, At("2026-11-27T08:10"), At("2026-11-27T09:10"), 60, false}),
            ApplyResult::kRejected);
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM checkins"), 0);
}

}  // namespace
}  // namespace kiosk
