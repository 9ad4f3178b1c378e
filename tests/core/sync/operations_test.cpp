// tests/core/sync/operations_test.cpp — the Operation variant: parse by kind (a bad payload is a typed
// error naming the op and the field), and the promise the office merge rests on: a kiosk's outbox
// applied in order to a copy of the database as it was before gives the same sign-ups and
// check-ins, row for row.
#include "kiosk/core/sync/operations.h"

#include <gtest/gtest.h>

#include "kiosk/core/volunteer/checkins.h"
#include "tests/core/rules_test_support.h"

namespace kiosk {
namespace {

using testing::At;
using testing::Holds;
using testing::InsertOccurrence;
using testing::Req;
using testing::ResidentPhone;

// Capacity 2 on occurrence 10; a patrol (wants volunteers) on occurrence 20.
class KioskDay : public testing::RulesTest {
 public:
  KioskDay() {
    SetCapacity(2);
    AddVolunteerEvent();
    InsertOccurrence(db_, 10, 1, "2026-11-27T16:30", "2026-11-27T18:00");
    InsertOccurrence(db_, 20, 2, "2026-11-27T09:00", "2026-11-27T11:00");
    InsertOccurrence(db_, 21, 2, "2026-11-26T09:00", "2026-11-26T11:00");
  }
  db::Database& db() { return db_; }
};

// The same database a second time, as it was before the kiosk's writes (the office's copy).
struct DatabaseBefore : KioskDay {
  void TestBody() override {}
};

std::string Rows(db::Database& db, const char* sql) {
  db::Statement query(db, sql);
  std::string rows;
  while (query.Step()) rows += query.ColumnText(0) + "\n";
  return rows;
}

std::string SignUpRows(db::Database& db) {
  return Rows(
      db,
      "SELECT "
      "quote(id)||'|'||quote(origin_kiosk)||'|'||quote(created_at)||'|'||quote(occurrence_id)||'|'||quote("
      "role)||'|'||quote(volunteer_id)"
      "||'|'||quote(phone_hash)||'|'||quote(phone_last4)||'|'||quote(display_name)||'|'||quote(status)||'|'||"
      "quote(waitlist_position)||'|'||quote(confirmation_code) FROM signups ORDER BY id");
}

std::string CheckinRows(db::Database& db) {
  return Rows(db,
              "SELECT "
              "quote(id)||'|'||quote(origin_kiosk)||'|'||quote(created_at)||'|'||quote(volunteer_id)||'|'||"
              "quote(occurrence_id)"
              "||'|'||quote(checked_in_at)||'|'||quote(checked_out_at)||'|'||quote(status)||'|'||quote(auto_"
              "closed) FROM checkins ORDER BY id");
}

TEST_F(KioskDay, TheOutboxAppliedInOrderToTheDatabaseBeforeGivesTheSameRows) {
  DatabaseBefore office;
  const LocalDateTime morning = At("2026-11-26T10:00");
  CheckIn(db_, 1, 21, At("2026-11-26T08:30"));  // forgotten check-out: auto-closed below
  ASSERT_TRUE(
      Holds<SignUpConfirmed>(SignUp(db_, Req(10, ResidentPhone(1), "张伟军"), morning, kDemoPhoneHashKey)));
  const SignUpOutcome second = SignUp(db_, Req(10, ResidentPhone(2)), morning, kDemoPhoneHashKey);
  ASSERT_TRUE(Holds<SignUpConfirmed>(second));
  ASSERT_TRUE(Holds<SignUpWaitlisted>(
      SignUp(db_, Req(10, ResidentPhone(3), std::nullopt, SignUpRole::kResident, true), morning,
             kDemoPhoneHashKey)));
  ASSERT_TRUE(Holds<SignUpWaitlisted>(
      SignUp(db_, Req(10, ResidentPhone(4), std::nullopt, SignUpRole::kResident, true), morning,
             kDemoPhoneHashKey)));
  ASSERT_TRUE(Holds<SignUpConfirmed>(
      SignUp(db_, Req(10, "13900000001", std::nullopt, SignUpRole::kVolunteer), morning, kDemoPhoneHashKey)));
  const CancelOutcome cancelled =
      CancelSignUp(db_, std::get<SignUpConfirmed>(second).signup_id, At("2026-11-26T12:00"));
  ASSERT_EQ(std::get<SignUpCancelled>(cancelled).promoted.size(), 1u);
  ASSERT_TRUE(Holds<CheckedIn>(CheckIn(db_, 1, 20, At("2026-11-27T08:10"))));
  ASSERT_TRUE(Holds<CheckedOut>(CheckOut(db_, 1, 20, At("2026-11-27T11:03"))));

  const std::vector<OutboxEntry> owed = UnacknowledgedOperations(db_);
  // check-in, 5 sign-ups, cancel, promote, the auto-closed check-out, check-in, check-out
  ASSERT_EQ(owed.size(), 11u);
  db::Transaction transaction(office.db());
  for (const OutboxEntry& entry : owed) {
    const ParsedOperation parsed = ParseOperation(entry.op_id, entry.kind, entry.payload);
    ASSERT_TRUE(std::holds_alternative<Operation>(parsed)) << entry.op_id;
    const Operation& op = std::get<Operation>(parsed);
    EXPECT_EQ(OperationKind(op), entry.kind);
    EXPECT_EQ(OperationPayload(op), entry.payload) << "the round trip is lossless";
    EXPECT_EQ(ApplyOperation(office.db(), op), ApplyResult::kApplied) << entry.op_id << " " << entry.kind;
  }
  transaction.Commit();
  EXPECT_EQ(SignUpRows(office.db()), SignUpRows(db_));
  EXPECT_EQ(CheckinRows(office.db()), CheckinRows(db_));
  EXPECT_NE(SignUpRows(db_), "");

  db::Transaction again(office.db());  // the office receives the same outbox twice
  for (const OutboxEntry& entry : owed) {
    const Operation op = std::get<Operation>(ParseOperation(entry.op_id, entry.kind, entry.payload));
    EXPECT_EQ(ApplyOperation(office.db(), op), ApplyResult::kReplayed) << entry.op_id;
  }
  again.Commit();
  EXPECT_EQ(SignUpRows(office.db()), SignUpRows(db_));
  EXPECT_EQ(CheckinRows(office.db()), CheckinRows(db_));
}

TEST(Operations, AMalformedOrUnknownEntryIsATypedErrorNamingTheOpAndField) {
  const ParsedOperation missing = ParseOperation("K01-4", "checkin", R"({"checkin_id":"K01-3"})");
  ASSERT_TRUE(std::holds_alternative<MalformedOperation>(missing));
  EXPECT_EQ(std::get<MalformedOperation>(missing).op_id(), "K01-4");
  EXPECT_EQ(std::get<MalformedOperation>(missing).field(), "volunteer_id");

  const ParsedOperation garbage = ParseOperation("K01-5", "promote", "not json");
  ASSERT_TRUE(std::holds_alternative<MalformedOperation>(garbage));
  EXPECT_EQ(std::get<MalformedOperation>(garbage).field(), "");

  const ParsedOperation unknown = ParseOperation("K01-6", "teleport", "{}");
  ASSERT_TRUE(std::holds_alternative<MalformedOperation>(unknown));
  EXPECT_EQ(std::get<MalformedOperation>(unknown).field(), "kind");
}

TEST(Operations, EveryKindOfTheVariantParsesUnderItsOwnName) {
  BookOp book_with_matter;
  book_with_matter.matter = BookingMatter::kNeighbour;
  const Operation ops[] = {SignUpOp{},    CancelSignUpOp{}, PromoteOp{}, CheckinOp{},      CheckoutOp{},
                           BookOp{},      book_with_matter, CancelBookingOp{}, ArriveOp{}, ReleaseNoShowOp{}};
  for (const Operation& op : ops) {
    const ParsedOperation parsed = ParseOperation("K01-1", OperationKind(op), OperationPayload(op));
    ASSERT_TRUE(std::holds_alternative<Operation>(parsed)) << OperationKind(op);
    EXPECT_EQ(std::get<Operation>(parsed), op) << OperationKind(op);
  }
}

}  // namespace
}  // namespace kiosk
