// tests/core/storage/outbox_test.cpp — the outbox journal: valid JSON whatever a name holds, unique ids
// from the kiosk's sequence, one row per append, read back in order; payload fields round-trip.
#include "kiosk/core/storage/outbox.h"

#include <gtest/gtest.h>

#include "kiosk/core/storage/outbox_payload.h"
#include "tests/core/rules_test_support.h"

namespace kiosk {
namespace {

using testing::At;
using testing::RulesTest;

TEST(OutboxPayload, EscapesQuotesBackslashesAndControlCharactersAndReadsThemBack) {
  const std::string json = PayloadWriter()
                               .Text("name", "张\"伟\"\\军\n\x01")
                               .Int("n", -3)
                               .Bool("b", true)
                               .OptionalText("z", std::nullopt)
                               .str();
  EXPECT_EQ(json, "{\"name\":\"张\\\"伟\\\"\\\\军\\n\\u0001\",\"n\":-3,\"b\":true,\"z\":null}");
  EXPECT_EQ(PayloadWriter().str(), "{}");
  const PayloadReader in("K01-9", json);
  EXPECT_EQ(in.Text("name"), "张\"伟\"\\军\n\x01");
  EXPECT_EQ(in.Int("n"), -3);
  EXPECT_TRUE(in.Bool("b"));
  EXPECT_EQ(in.OptionalText("z"), std::nullopt);
}

TEST(OutboxPayload, AMissingOrMistypedFieldNamesTheOperationAndTheField) {
  const PayloadReader in("K01-9", R"({"minutes":"65","at":"2026-11-27 09:00"})");
  try {
    in.Int("minutes");
    FAIL() << "a text where a number belongs was accepted";
  } catch (const MalformedOperation& error) {
    EXPECT_EQ(error.op_id(), "K01-9");
    EXPECT_EQ(error.field(), "minutes");
  }
  EXPECT_THROW(in.Text("checkin_id"), MalformedOperation);
  EXPECT_THROW(in.Time("at"), MalformedOperation);
  EXPECT_THROW(PayloadReader("K01-9", "[1,2]"), MalformedOperation);
  EXPECT_THROW(PayloadReader("K01-9", "{\"a\":"), MalformedOperation);
}

using OutboxTest = RulesTest;

TEST_F(OutboxTest, AppendedOperationsHaveUniqueKioskIdsAndValidPayloads) {
  db::Transaction transaction(db_);
  const std::string first = AppendOutboxOperation(
      db_, "signup", PayloadWriter().Text("display_name", "O'Brien \"Bob\"").str(), At("2026-11-27T09:00"));
  const std::string second = AppendOutboxOperation(db_, "checkout", PayloadWriter().Int("minutes", 65).str(),
                                                   At("2026-11-27T09:01"));
  transaction.Commit();
  EXPECT_EQ(first, "K01-1");
  EXPECT_EQ(second, "K01-2");
  EXPECT_EQ(testing::Count(db_, "SELECT count(*) FROM outbox"), 2);
  EXPECT_EQ(testing::LastPayloadField(db_, "display_name", 1), "O'Brien \"Bob\"");
  EXPECT_EQ(testing::LastPayloadField(db_, "minutes"), "65");
  EXPECT_EQ(testing::OutboxCount(db_, "checkout"), 1);
  const std::vector<OutboxEntry> owed = UnacknowledgedOperations(db_);
  ASSERT_EQ(owed.size(), 2u);
  EXPECT_EQ(owed[0].op_id, "K01-1");
  EXPECT_EQ(owed[1].kind, "checkout");
  EXPECT_EQ(owed[1].payload, "{\"minutes\":65}");
}

TEST_F(OutboxTest, KindNamesMatchTheSchema) {
  db::Transaction transaction(db_);
  for (const char* kind :
       {"signup", "cancel_signup", "promote", "checkin", "checkout", "book", "cancel_booking"}) {
    EXPECT_NO_THROW(AppendOutboxOperation(db_, kind, "{}", At("2026-11-27T09:00"))) << kind;
  }
  EXPECT_THROW(AppendOutboxOperation(db_, "sing_up", "{}", At("2026-11-27T09:00")), db::SqliteError);
  transaction.Commit();
  EXPECT_EQ(testing::Count(db_, "SELECT count(DISTINCT kind) FROM outbox"), 7);
}

}  // namespace
}  // namespace kiosk
