// tests/core/signup/kept_seat_counts_test.cpp — the office merge's running seat counts
// (KeptSeatCounts, calendar/seats.h) stay equal to the counted seats through random sign-ups,
// cancels with their promotions, volunteers, deletes and a rolled-back transaction.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "kiosk/core/calendar/seats.h"
#include "kiosk/core/signup/signups.h"
#include "tests/core/rules_test_support.h"

namespace kiosk {
namespace {

using testing::At;
using testing::InsertOccurrence;
using testing::Req;
using testing::ResidentPhone;

class KeptSeatCountsTest : public testing::RulesTest {
 protected:
  KeptSeatCountsTest() {
    SetCapacity(3);
    for (int64_t id = 1; id <= 4; ++id) {
      const std::string day = "2026-12-1" + std::to_string(id) + "T";
      InsertOccurrence(db_, id, 1, day + "16:30", day + "18:00");
    }
  }

  // The seats counted over the sign-ups, whatever LoadSeats reads.
  Seats Counted(int64_t occurrence_id) {
    db::Statement query(db_, "SELECT " KIOSK_SEATS_COLUMNS_SQL
                             " FROM occurrences o JOIN events e ON e.id = o.event_id WHERE o.id = ?1");
    query.Bind(1, occurrence_id);
    EXPECT_TRUE(query.Step());
    return ReadSeats(query, 0);
  }

  void ExpectKeptEqualsCounted(const std::string& after) {
    for (int64_t id = 1; id <= 4; ++id) {
      const Seats kept = LoadSeats(db_, id).value();
      const Seats counted = Counted(id);
      EXPECT_EQ(kept.confirmed, counted.confirmed) << after << ", occurrence " << id;
      EXPECT_EQ(kept.waitlisted, counted.waitlisted) << after << ", occurrence " << id;
    }
  }

  std::vector<std::string> LiveSignUps() {
    db::Statement query(db_,
                        "SELECT id FROM signups WHERE status IN ('confirmed', 'waitlisted') ORDER BY id");
    std::vector<std::string> ids;
    while (query.Step()) ids.push_back(query.ColumnText(0));
    return ids;
  }
};

TEST_F(KeptSeatCountsTest, RunningCountsEqualTheCountedSeatsThroughRandomWrites) {
  const LocalDateTime now = At("2026-12-01T10:00");
  // Sign-ups made before the counts are kept are counted once, when they start.
  ASSERT_TRUE(testing::Holds<SignUpConfirmed>(SignUp(db_, Req(1, ResidentPhone(1)), now, kDemoPhoneHashKey)));
  const KeptSeatCounts kept(db_);
  ExpectKeptEqualsCounted("start");
  std::mt19937 random(7);
  for (int step = 0; step < 300; ++step) {
    const auto roll = random() % 10;
    const std::string what = "step " + std::to_string(step);
    if (roll < 6) {
      SignUp(db_,
             Req(1 + static_cast<int64_t>(random() % 4), ResidentPhone(static_cast<int>(random() % 40)),
                 std::nullopt, SignUpRole::kResident, true),
             now, kDemoPhoneHashKey);
    } else if (roll < 9) {
      const std::vector<std::string> live = LiveSignUps();
      if (!live.empty()) CancelSignUp(db_, live[random() % live.size()], now);
    } else {
      SignUp(db_,
             Req(1 + static_cast<int64_t>(random() % 4), "13900000001", std::nullopt, SignUpRole::kVolunteer),
             now, kDemoPhoneHashKey);
    }
    ExpectKeptEqualsCounted(what);
  }
  // A transaction rolled back takes its count changes with it.
  {
    db::Transaction transaction(db_);
    db_.Exec("UPDATE signups SET status = 'cancelled', waitlist_position = NULL WHERE status = 'confirmed'");
    db_.Exec("DELETE FROM signups WHERE occurrence_id = 2");
    ExpectKeptEqualsCounted("inside the transaction");
  }
  ExpectKeptEqualsCounted("rollback");
  db_.Exec("DELETE FROM signups WHERE occurrence_id = 3");
  db_.Exec("UPDATE signups SET occurrence_id = 4 WHERE occurrence_id = 1 AND status = 'cancelled'");
  ExpectKeptEqualsCounted("delete and move");
  EXPECT_GT(Counted(1).confirmed + Counted(2).confirmed + Counted(4).confirmed, 0);
}

TEST_F(KeptSeatCountsTest, NothingIsLeftOnTheConnectionAfterwards) {
  { const KeptSeatCounts kept(db_); }
  EXPECT_EQ(db::QueryInt(db_, "SELECT count(*) FROM temp.sqlite_schema"), 0);
  ASSERT_TRUE(testing::Holds<SignUpConfirmed>(
      SignUp(db_, Req(1, ResidentPhone(2)), At("2026-12-01T10:00"), kDemoPhoneHashKey)));
  EXPECT_EQ(LoadSeats(db_, 1)->confirmed, 1);
}

}  // namespace
}  // namespace kiosk
