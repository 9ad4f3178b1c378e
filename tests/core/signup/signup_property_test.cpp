// tests/core/signup/signup_property_test.cpp — thousands of random interleavings of sign-ups, double
// taps, cancels and the promotions they cause, across several occurrences and phones. After every
// step: capacity is never exceeded, nobody waits while a seat is free, waitlist positions are
// 1..n, no sign-up is lost, every row matches a simple reference model, and the outbox holds
// exactly one operation per successful write.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <deque>
#include <map>
#include <random>

#include "kiosk/core/signup/signups.h"
#include "tests/core/rules_test_support.h"

namespace kiosk {
namespace {

using testing::At;
using testing::Count;
using testing::InsertOccurrence;
using testing::ResidentPhone;

constexpr int kOccurrences = 4;
constexpr int kPhones = 30;
constexpr int kCapacity[kOccurrences] = {1, 3, 6, 20};  // per event, one occurrence each

// The rules in their simplest form, to compare the database with.
struct Model {
  struct Row {
    int occurrence;
    int phone;
    std::string status;  // confirmed / waitlisted / cancelled
  };
  std::map<std::string, Row> rows;
  std::deque<std::string> waitlist[kOccurrences];
  int confirmed[kOccurrences] = {};

  std::optional<std::string> Live(int occurrence, int phone) const {
    for (const auto& [id, row] : rows) {
      if (row.occurrence == occurrence && row.phone == phone && row.status != "cancelled") return id;
    }
    return std::nullopt;
  }
  void Cancel(const std::string& id) {
    Row& row = rows.at(id);
    auto& queue = waitlist[row.occurrence];
    if (row.status == "waitlisted") queue.erase(std::find(queue.begin(), queue.end(), id));
    if (row.status == "confirmed") --confirmed[row.occurrence];
    row.status = "cancelled";
    while (confirmed[row.occurrence] < kCapacity[row.occurrence] && !queue.empty()) {
      rows.at(queue.front()).status = "confirmed";
      queue.pop_front();
      ++confirmed[row.occurrence];
    }
  }
};

class SignUpPropertyTest : public testing::RulesTest {
 protected:
  SignUpPropertyTest() {
    for (int i = 0; i < kOccurrences; ++i) {
      const int64_t event = 100 + i;
      db::Statement(db_,
                    "INSERT INTO events(id, uid, title, category_id, site_id, capacity) "
                    "VALUES(?1, ?2, '议事会', 1, 1, ?3)")
          .BindAll(event, "event-" + std::to_string(i), kCapacity[i])
          .Run();
      InsertOccurrence(db_, OccurrenceId(i), event, "2026-11-27T14:00", "2026-11-27T16:00");
    }
  }
  static int64_t OccurrenceId(int i) { return 500 + i; }

  // Checks every invariant; returns false (after reporting) on the first broken one.
  void CheckInvariants(const Model& model, int64_t expected_ops, int step) {
    SCOPED_TRACE("step " + std::to_string(step));
    for (int i = 0; i < kOccurrences; ++i) {
      db::Statement confirmed(
          db_, "SELECT count(*) FROM signups WHERE occurrence_id = ?1 AND status = 'confirmed'");
      confirmed.Bind(1, OccurrenceId(i));
      confirmed.Step();
      ASSERT_LE(confirmed.ColumnInt(0), kCapacity[i]) << "capacity exceeded";
      db::Statement positions(db_,
                              "SELECT id, waitlist_position FROM signups WHERE occurrence_id = ?1 "
                              "AND status = 'waitlisted' ORDER BY waitlist_position");
      positions.Bind(1, OccurrenceId(i));
      std::vector<std::string> queue;
      while (positions.Step()) {
        queue.push_back(positions.ColumnText(0));
        ASSERT_EQ(positions.ColumnInt(1), static_cast<int64_t>(queue.size())) << "waitlist not 1..n";
      }
      ASSERT_TRUE(queue.empty() || confirmed.ColumnInt(0) == kCapacity[i]) << "waiting while a seat is free";
      ASSERT_EQ(queue, std::vector<std::string>(model.waitlist[i].begin(), model.waitlist[i].end()))
          << "waitlist order";
    }
    ASSERT_EQ(Count(db_, "SELECT count(*) FROM signups"), static_cast<int64_t>(model.rows.size()))
        << "a sign-up appeared or was lost";
    db::Statement status(db_, "SELECT status FROM signups WHERE id = ?1");
    for (const auto& [id, row] : model.rows) {
      status.Bind(1, id);
      ASSERT_TRUE(status.Step()) << id << " lost";
      ASSERT_EQ(status.ColumnText(0), row.status) << id;
      status.Reset();
    }
    ASSERT_EQ(Count(db_, "SELECT count(*) FROM outbox"), expected_ops) << "one operation per write";
    ASSERT_EQ(Count(db_, "SELECT count(DISTINCT op_id) FROM outbox"), expected_ops);
  }
};

TEST_F(SignUpPropertyTest, RandomInterleavingsKeepEveryRule) {
  std::mt19937 random(20261127);
  Model model;
  int64_t expected_ops = 0;
  int signups = 0, waitlisted = 0, cancels = 0, promotions = 0, full = 0, repeats = 0, over = 0;
  auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(random); };

  for (int step = 0; step < 3000; ++step) {
    const int occurrence = pick(kOccurrences);
    const int phone = pick(kPhones);
    // Mostly the day before (sign-up open); sometimes during the activity, when only cancels
    // (and the promotions they cause) are possible; rarely after it ended, when nothing is.
    const int when = pick(10);
    const LocalDateTime now = At(when < 7   ? "2026-11-26T10:00"
                                 : when < 9 ? "2026-11-27T15:00"
                                            : "2026-11-27T16:00");
    const bool sign_up_open = when < 7;
    const bool before_end = when < 9;

    const int action = pick(10);
    if (action < 6) {  // sign up, sometimes twice in a row (a double tap)
      const bool accept = pick(2) == 0;
      const int taps = pick(5) == 0 ? 2 : 1;
      for (int tap = 0; tap < taps; ++tap) {
        const SignUpOutcome outcome = SignUp(db_,
                                             testing::Req(OccurrenceId(occurrence), ResidentPhone(phone + 1),
                                                          std::nullopt, SignUpRole::kResident, accept),
                                             now, kDemoPhoneHashKey);
        const std::optional<std::string> live = model.Live(occurrence, phone);
        if (live) {
          ASSERT_TRUE(std::holds_alternative<AlreadySignedUp>(outcome)) << step;
          ASSERT_EQ(std::get<AlreadySignedUp>(outcome).signup_id, *live);
          ++repeats;
        } else if (!sign_up_open) {
          ASSERT_TRUE(std::holds_alternative<SignUpRefused>(outcome)) << step;
          ++over;
        } else if (model.confirmed[occurrence] < kCapacity[occurrence]) {
          ASSERT_TRUE(std::holds_alternative<SignUpConfirmed>(outcome)) << step;
          const std::string id = std::get<SignUpConfirmed>(outcome).signup_id;
          model.rows[id] = {occurrence, phone, "confirmed"};
          ++model.confirmed[occurrence];
          ++expected_ops;
          ++signups;
        } else if (accept) {
          ASSERT_TRUE(std::holds_alternative<SignUpWaitlisted>(outcome)) << step;
          const auto& w = std::get<SignUpWaitlisted>(outcome);
          model.rows[w.signup_id] = {occurrence, phone, "waitlisted"};
          model.waitlist[occurrence].push_back(w.signup_id);
          ASSERT_EQ(w.position, static_cast<int>(model.waitlist[occurrence].size()));
          ++expected_ops;
          ++waitlisted;
        } else {
          ASSERT_TRUE(std::holds_alternative<SignUpRefused>(outcome)) << step;
          ASSERT_EQ(std::get<SignUpRefused>(outcome).reason, SignUpRefusal::kFull);
          ++full;
        }
      }
    } else if (!model.rows.empty()) {  // cancel a random known sign-up (maybe already cancelled)
      auto it = model.rows.begin();
      std::advance(it, pick(static_cast<int>(model.rows.size())));
      const std::string id = it->first;
      const std::string before = it->second.status;
      const CancelOutcome outcome = CancelSignUp(db_, id, now);
      if (before == "cancelled") {
        ASSERT_EQ(std::get<CancelRefused>(outcome).reason, CancelRefusal::kAlreadyCancelled);
      } else if (!before_end) {
        ASSERT_EQ(std::get<CancelRefused>(outcome).reason, CancelRefusal::kOccurrenceOver);
      } else {
        ASSERT_TRUE(std::holds_alternative<SignUpCancelled>(outcome)) << step;
        const size_t queued = model.waitlist[it->second.occurrence].size();
        model.Cancel(id);
        const size_t promoted =
            queued - model.waitlist[it->second.occurrence].size() - (before == "waitlisted" ? 1 : 0);
        ASSERT_EQ(std::get<SignUpCancelled>(outcome).promoted.size(), promoted);
        expected_ops += 1 + static_cast<int64_t>(promoted);
        ++cancels;
        promotions += static_cast<int>(promoted);
      }
    }
    CheckInvariants(model, expected_ops, step);
    if (HasFatalFailure()) return;
  }
  std::printf("signups %d waitlisted %d cancels %d promotions %d full %d repeats %d closed %d\n", signups,
              waitlisted, cancels, promotions, full, repeats, over);
  // The run must have exercised every path, or it proves little.
  EXPECT_GT(signups, 100);
  EXPECT_GT(waitlisted, 50);
  EXPECT_GT(cancels, 100);
  EXPECT_GT(promotions, 30);
  EXPECT_GT(full, 50);
  EXPECT_GT(repeats, 100);
  EXPECT_GT(over, 50);
  EXPECT_EQ(testing::OutboxCount(db_, "promote"), promotions);
  EXPECT_EQ(testing::OutboxCount(db_, "cancel_signup"), cancels);
  EXPECT_EQ(testing::OutboxCount(db_, "signup"), signups + waitlisted);
}

}  // namespace
}  // namespace kiosk
