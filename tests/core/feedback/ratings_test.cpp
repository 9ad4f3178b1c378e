// tests/core/feedback/ratings_test.cpp — 好差评: the 'rating' operation's JSON round trip and its
// refusals, the prompt's rules (one rating per flow, one reason, only after 基本满意 / 不满意), the
// office applying a kiosk's ratings exactly once however often they arrive, the nightly sync
// carrying them and the kiosk forgetting them once acknowledged, and that a rating holds nothing
// of the person who gave it.
#include "kiosk/core/feedback/ratings.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "kiosk/core/sync/operations.h"
#include "tests/core/journal_test_support.h"
#include "tests/core/sync/sync_test_support.h"

namespace kiosk {
namespace {

using testing::At;

std::string Text(db::Database& db, const std::string& sql) {
  db::Statement q(db, sql);
  return q.Step() ? q.ColumnText(0) : std::string();
}

class RatingsTest : public testing::RulesTest {
 protected:
  RatingsTest() { testing::InsertOccurrence(db_, 10, 1, "2026-11-27T16:30", "2026-11-27T18:00"); }

  static std::string Ratings(db::Database& db) {
    db::Statement q(
        db,
        "SELECT group_concat(flow || ' ' || site_code || ' ' || coalesce(occurrence_id, '-') || ' ' || "
        "coalesce(room_id, '-') || ' ' || choice || ' ' || coalesce(reason, '-') || ' ' || rated_at, "
        "'; ') FROM (SELECT * FROM ratings ORDER BY id)");
    q.Step();
    return q.ColumnText(0);
  }
  const RatedThing signup_{RatedFlow::kSignup, 10, std::nullopt};
};

TEST(RatingOperation, JsonRoundTripIsLossless) {
  const RatingOp rated{.rating_id = "K01-42",
                       .flow = RatedFlow::kBooking,
                       .site_code = "fusheng",
                       .occurrence_id = std::nullopt,
                       .room_id = 3,
                       .choice = RatingChoice::kUnsatisfied,
                       .reason = RatingReason::kTextTooSmall,
                       .rated_at = At("2026-11-27T09:31")};
  RatingOp back;
  FromJson("K01-43", ToJson(rated), back);
  EXPECT_EQ(back, rated);
  const ParsedOperation parsed = ParseOperation("K01-43", "rating", ToJson(rated));
  ASSERT_TRUE(std::holds_alternative<Operation>(parsed));
  EXPECT_EQ(OperationKind(std::get<Operation>(parsed)), "rating");
  EXPECT_EQ(OperationPayload(std::get<Operation>(parsed)), ToJson(rated));

  RatingOp plain = rated;
  plain.flow = RatedFlow::kCheckout;
  plain.room_id.reset();
  plain.occurrence_id = 7;
  plain.choice = RatingChoice::kSatisfied;
  plain.reason.reset();
  FromJson("K01-44", ToJson(plain), back);
  EXPECT_EQ(back, plain);
  EXPECT_NE(ToJson(plain).find("\"reason\":null"), std::string::npos) << ToJson(plain);
}

TEST(RatingOperation, AnUnreadablePayloadNamesItsField) {
  const std::string good = ToJson(RatingOp{.rating_id = "K01-42",
                                           .flow = RatedFlow::kSignup,
                                           .site_code = "fusheng",
                                           .occurrence_id = 10,
                                           .room_id = std::nullopt,
                                           .choice = RatingChoice::kFair,
                                           .reason = RatingReason::kOther,
                                           .rated_at = At("2026-11-27T09:31")});
  const auto field_of = [](const std::string& payload) {
    const ParsedOperation parsed = ParseOperation("K01-50", "rating", payload);
    const auto* malformed = std::get_if<MalformedOperation>(&parsed);
    return malformed ? malformed->field() : std::string("<parsed>");
  };
  EXPECT_EQ(field_of(good), "<parsed>");
  const auto with = [&](const std::string& from, const std::string& to) {
    std::string payload = good;
    const size_t at = payload.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return payload.replace(at, from.size(), to);
  };
  EXPECT_EQ(field_of(with("\"fair\"", "\"great\"")), "choice");
  EXPECT_EQ(field_of(with("\"signup\"", "\"lunch\"")), "flow");
  EXPECT_EQ(field_of(with("\"other\"", "\"bored\"")), "reason");
  EXPECT_EQ(field_of(with("\"fair\"", "\"satisfied\"")), "reason") << "no reason is asked after 满意";
  EXPECT_EQ(field_of(with("\"K01-42\"", "\"K01\"")), "rating_id");
  EXPECT_EQ(field_of(with("\"2026-11-27T09:31\"", "\"2026-11-27T25:00\"")), "rated_at");
  EXPECT_EQ(field_of(with("\"fusheng\"", "\"" + std::string(33, 'x') + "\"")), "site_code");
}

TEST_F(RatingsTest, ADoubleTapRecordsOneRatingAndOneReason) {
  RatingSession session(signup_);
  EXPECT_EQ(session.stage(), RatingSession::Stage::kAsk);
  session.Choose(db_, RatingChoice::kUnsatisfied, At("2026-11-27T09:31"));
  session.Choose(db_, RatingChoice::kUnsatisfied, At("2026-11-27T09:31"));  // the second tap
  session.Choose(db_, RatingChoice::kSatisfied, At("2026-11-27T09:31"));    // a change of mind: too late
  EXPECT_EQ(session.stage(), RatingSession::Stage::kReason);
  EXPECT_EQ(Ratings(db_), "signup fusheng 10 - unsatisfied - 2026-11-27T09:00");
  session.GiveReason(db_, RatingReason::kWaitedTooLong, At("2026-11-27T09:32"));
  session.GiveReason(db_, RatingReason::kOther, At("2026-11-27T09:32"));
  EXPECT_EQ(session.stage(), RatingSession::Stage::kThanks);
  EXPECT_EQ(Ratings(db_), "signup fusheng 10 - unsatisfied waited_too_long 2026-11-27T09:00");
  EXPECT_EQ(testing::OutboxCount(db_, "rating"), 0) << "nothing in the journal until a batch is written";
  QueueRatingsForSync(db_, At("2026-11-27T23:00"));
  EXPECT_EQ(testing::OutboxCount(db_, "rating"), 1) << "the rating with its reason, once";
  EXPECT_EQ(testing::LastPayloadField(db_, "rated_at"), "2026-11-27T09:00") << "the hour, not the minute";
  EXPECT_EQ(testing::LastPayloadField(db_, "reason"), "waited_too_long");
}

TEST_F(RatingsTest, SatisfiedNeedsNoReasonAndNoPromptRecordsNothing) {
  RatingSession satisfied(RatedThing{RatedFlow::kBooking, std::nullopt, 1});
  satisfied.Choose(db_, RatingChoice::kSatisfied, At("2026-11-27T10:00"));
  EXPECT_EQ(satisfied.stage(), RatingSession::Stage::kThanks);
  satisfied.GiveReason(db_, RatingReason::kOther, At("2026-11-27T10:00"));
  RatingSession none;
  none.Choose(db_, RatingChoice::kUnsatisfied, At("2026-11-27T10:00"));
  EXPECT_EQ(none.stage(), RatingSession::Stage::kNone);
  EXPECT_EQ(Ratings(db_), "booking fusheng - 1 satisfied - 2026-11-27T10:00");
  QueueRatingsForSync(db_, At("2026-11-27T23:00"));
  EXPECT_EQ(testing::OutboxCount(db_, "rating"), 1);
}

TEST_F(RatingsTest, TheOfficeAppliesEachRatingOnceHoweverOftenItArrives) {
  RatingSession fair(signup_);
  fair.Choose(db_, RatingChoice::kFair, At("2026-11-27T09:31"));
  fair.GiveReason(db_, RatingReason::kInformationUnclear, At("2026-11-27T09:31"));
  RatingSession room(RatedThing{RatedFlow::kBooking, std::nullopt, 1});
  room.Choose(db_, RatingChoice::kSatisfied, At("2026-11-27T09:40"));
  QueueRatingsForSync(db_, At("2026-11-27T23:00"));

  db::Database office = OpenKioskDatabase(":memory:", true);
  testing::InsertMinimalCalendar(office);
  EXPECT_EQ(testing::ApplyJournal(db_, office),
            (std::vector<ApplyResult>{ApplyResult::kApplied, ApplyResult::kApplied}));
  const std::string applied = Ratings(office);
  EXPECT_NE(applied.find("signup fusheng 10 - fair information_unclear 2026-11-27T09:00"), std::string::npos)
      << applied;
  EXPECT_NE(applied.find("booking fusheng - 1 satisfied - 2026-11-27T09:00"), std::string::npos) << applied;
  EXPECT_EQ(
      testing::ApplyJournal(db_, office),
      (std::vector<ApplyResult>{ApplyResult::kReplayed, ApplyResult::kReplayed}));
  EXPECT_EQ(Ratings(office), applied) << "the same operations again change nothing";
  EXPECT_EQ(Ratings(office), Ratings(db_)) << "the kiosk and the office hold the same ratings";
}

TEST_F(RatingsTest, ARatingHoldsNothingOfThePersonWhoGaveIt) {
  const SignUpOutcome outcome =
      SignUp(db_, testing::Req(10, "13812345678", "王秀英"), At("2026-11-27T09:30"), kDemoPhoneHashKey);
  ASSERT_TRUE(testing::Holds<SignUpConfirmed>(outcome));
  const SignUpConfirmed& done = std::get<SignUpConfirmed>(outcome);
  RatingSession session(signup_);
  session.Choose(db_, RatingChoice::kUnsatisfied, At("2026-11-27T09:30"));
  session.GiveReason(db_, RatingReason::kHardToUse, At("2026-11-27T09:30"));
  SignUp(db_, testing::Req(10, "13912345678", "李桂兰"), At("2026-11-27T09:35"), kDemoPhoneHashKey);
  QueueRatingsForSync(db_, At("2026-11-27T23:00"));

  std::vector<std::string> private_text = {"13812345678",
                                           "5678",
                                           "王秀英",
                                           done.signup_id,
                                           done.confirmation_code,
                                           PhoneHash("13812345678", kDemoPhoneHashKey)};
  db::Statement payloads(db_, "SELECT payload FROM outbox WHERE kind = 'rating'");
  int seen = 0;
  while (payloads.Step()) {
    ++seen;
    const std::string payload = payloads.ColumnText(0);
    for (const std::string& secret : private_text)
      EXPECT_EQ(payload.find(secret), std::string::npos) << secret << " in " << payload;
    db::Statement keys(db_, "SELECT group_concat(key, ' ') FROM json_each(?1)");
    keys.Bind(1, payload);
    keys.Step();
    EXPECT_EQ(keys.ColumnText(0), "rating_id flow site_code occurrence_id room_id choice reason rated_at");
  }
  EXPECT_EQ(seen, 1);
  db::Statement columns(db_, "SELECT group_concat(name, ' ') FROM pragma_table_info('ratings')");
  columns.Step();
  EXPECT_EQ(columns.ColumnText(0), "id flow site_code occurrence_id room_id choice reason rated_at waiting_id");
  // Not next to the sign-up it followed: the rating's id and its operation come after the
  // later sign-up's, and its time is not the sign-up's minute.
  const int64_t rating_seq = RecordSequence(Text(db_, "SELECT id FROM ratings"));
  const int64_t later_signup_seq =
      RecordSequence(Text(db_, "SELECT id FROM signups WHERE created_at = '2026-11-27T09:35'"));
  EXPECT_GT(rating_seq, later_signup_seq);
  EXPECT_GT(rating_seq, RecordSequence(done.signup_id) + 2);
  EXPECT_EQ(testing::LastPayloadField(db_, "rated_at"), "2026-11-27T09:00");
}

TEST_F(RatingsTest, WaitingRatingsEnterTheJournalShuffledWhenABatchIsWritten) {
  std::set<std::string> orders;
  for (int round = 0; round < 12 && orders.size() < 2; ++round) {
    db::Database db = OpenKioskDatabase(":memory:", true);
    testing::InsertMinimalCalendar(db);
    SetKioskId(db, "K01");
    for (int i = 0; i < 6; ++i) {
      RatingSession session(RatedThing{RatedFlow::kBooking, std::nullopt, 1});
      session.Choose(db, i % 2 ? RatingChoice::kFair : RatingChoice::kSatisfied,
                     At("2026-11-27T09:0" + std::to_string(i)));
      if (i % 2) session.GiveReason(db, static_cast<RatingReason>(i % 5), At("2026-11-27T09:00"));
    }
    QueueRatingsForSync(db, At("2026-11-27T23:00"));
    EXPECT_EQ(testing::OutboxCount(db, "rating"), 6);
    EXPECT_EQ(db::QueryInt(db, "SELECT count(*) FROM ratings WHERE id LIKE 'new-%'"), 0);
    orders.insert(Text(db, "SELECT group_concat(json_extract(payload, '$.choice'), ',') FROM "
                                     "(SELECT payload FROM outbox ORDER BY seq)"));
  }
  EXPECT_EQ(orders.size(), 2U) << "the journal's order is not the order the ratings were given";
}

class RatingsSyncTest : public testing::SyncTest {};

TEST_F(RatingsSyncTest, ANightCarriesRatingsToTheOfficeAndTheKioskForgetsThem) {
  Publish();
  db::Database& k = AddKiosk("K01");
  RatingSession session(RatedThing{RatedFlow::kSignup, 1, std::nullopt});
  session.Choose(k, RatingChoice::kUnsatisfied, Now());
  RatingSession later(RatedThing{RatedFlow::kCheckin, 1, std::nullopt});
  SendBatch("K01");
  Merge();
  Publish();
  // Given after the batch left: the reason travels the next night.
  session.GiveReason(k, RatingReason::kTextTooSmall, Now());
  later.Choose(k, RatingChoice::kSatisfied, Now());
  const sync::ImportReport imported = sync::ImportLatestExport(k, share(), work("K01"));
  EXPECT_TRUE(imported.imported);
  EXPECT_EQ(db::QueryInt(k, "SELECT count(*) FROM ratings"), 2)
      << "the reason and the check-in's: not yet sent";
  EXPECT_EQ(db::QueryInt(master(), "SELECT count(*) FROM ratings WHERE reason IS NULL"), 1);
  SyncKiosk("K01");
  Merge();
  Publish();
  SyncKiosk("K01");
  EXPECT_EQ(db::QueryInt(k, "SELECT count(*) FROM ratings"), 0) << "acknowledged: the office holds them";
  EXPECT_EQ(db::QueryInt(k, "SELECT count(*) FROM outbox"), 0);
  EXPECT_EQ(db::QueryInt(master(), "SELECT count(*) FROM ratings"), 2);
  EXPECT_EQ(db::QueryInt(master(), "SELECT count(*) FROM ratings WHERE reason = 'text_too_small'"), 1);
}

}  // namespace
}  // namespace kiosk
