// tests/core/storage/outbox_test.cpp — outbox operations: valid JSON whatever a name holds, unique ids
// from the kiosk's sequence, one row per append.
#include "kiosk/core/storage/outbox.h"

#include <gtest/gtest.h>

#include "tests/core/rules_test_support.h"

namespace kiosk {
namespace {

using testing::At;
using testing::RulesTest;

TEST(JsonObject, EscapesQuotesBackslashesAndControlCharacters) {
  const std::string json = JsonObject()
                               .AddText("name", "张\"伟\"\\军\n\x01")
                               .AddInt("n", -3)
                               .AddBool("b", true)
                               .AddNull("z")
                               .str();
  EXPECT_EQ(json, "{\"name\":\"张\\\"伟\\\"\\\\军\\n\\u0001\",\"n\":-3,\"b\":true,\"z\":null}");
  EXPECT_EQ(JsonObject().str(), "{}");
}

using OutboxTest = RulesTest;

TEST_F(OutboxTest, AppendedOperationsHaveUniqueKioskIdsAndValidPayloads) {
  db::Transaction transaction(db_);
  const std::string first =
      AppendOutboxOperation(db_, OutboxKind::kSignup, JsonObject().AddText("display_name", "O'Brien \"Bob\""),
                            At("2026-11-27T09:00"));
  const std::string second = AppendOutboxOperation(
      db_, OutboxKind::kCheckout, JsonObject().AddInt("minutes", 65), At("2026-11-27T09:01"));
  transaction.Commit();
  EXPECT_EQ(first, "K01-1");
  EXPECT_EQ(second, "K01-2");
  EXPECT_EQ(testing::Count(db_, "SELECT count(*) FROM outbox"), 2);
  EXPECT_EQ(testing::LastPayloadField(db_, "display_name", 1), "O'Brien \"Bob\"");
  EXPECT_EQ(testing::LastPayloadField(db_, "minutes"), "65");
  EXPECT_EQ(testing::OutboxCount(db_, "checkout"), 1);
}

TEST_F(OutboxTest, KindNamesMatchTheSchema) {
  db::Transaction transaction(db_);
  for (const OutboxKind kind :
       {OutboxKind::kSignup, OutboxKind::kCancelSignup, OutboxKind::kPromote, OutboxKind::kCheckin,
        OutboxKind::kCheckout, OutboxKind::kBook, OutboxKind::kCancelBooking}) {
    EXPECT_NO_THROW(AppendOutboxOperation(db_, kind, JsonObject(), At("2026-11-27T09:00")))
        << OutboxKindName(kind);
  }
  transaction.Commit();
  EXPECT_EQ(testing::Count(db_, "SELECT count(DISTINCT kind) FROM outbox"), 7);
}

}  // namespace
}  // namespace kiosk
