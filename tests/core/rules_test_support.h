// tests/core/rules_test_support.h — fixtures for the sign-up and check-in rule tests: a migrated
// in-memory kiosk database with one event (capacity 20), a kiosk id, a small roster, and helpers
// to read typed outcomes and count outbox operations.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <variant>

#include "tests/core/core_test_support.h"
#include "kiosk/core/time/local_time.h"
#include "kiosk/core/people/phone_hash.h"
#include "kiosk/core/storage/record_ids.h"
#include "kiosk/core/signup/signups.h"

namespace kiosk::testing {

// "2026-11-27T16:30" -> LocalDateTime; fails the test on a typo.
inline LocalDateTime At(const std::string& iso) {
  const auto parsed = LocalDateTime::ParseIso(iso);
  EXPECT_TRUE(parsed.has_value()) << iso;
  return parsed.value_or(LocalDateTime{});
}

// A distinct valid mobile number per n: 13800000001, 13800000002, ...
inline std::string ResidentPhone(int n) {
  std::string digits = std::to_string(n);
  return "138" + std::string(8 - digits.size(), '0') + digits;
}

inline int64_t Count(db::Database& db, const std::string& sql) { return db::QueryInt(db, sql); }

inline int64_t OutboxCount(db::Database& db, const std::string& kind) {
  db::Statement query(db, "SELECT count(*) FROM outbox WHERE kind = ?1");
  query.Bind(1, kind);
  query.Step();
  return query.ColumnInt(0);
}

// The value of `key` in the payload of the outbox op number `seq_from_end` (0 = the newest).
inline std::string LastPayloadField(db::Database& db, const std::string& key, int seq_from_end = 0) {
  db::Statement query(db,
                      "SELECT coalesce(json_extract(payload, '$.' || ?1), '<null>') FROM outbox "
                      "ORDER BY seq DESC LIMIT 1 OFFSET ?2");
  query.BindAll(key, seq_from_end);
  if (!query.Step()) return "<no op>";
  return query.ColumnText(0);
}

// A sign-up request without spelling every field (designated initializers in the UI code).
inline SignUpRequest Req(int64_t occurrence_id, std::string phone,
                         std::optional<std::string> name = std::nullopt,
                         SignUpRole role = SignUpRole::kResident, bool accept_waitlist = false) {
  return SignUpRequest{.occurrence_id = occurrence_id,
                       .phone = std::move(phone),
                       .display_name = std::move(name),
                       .role = role,
                       .accept_waitlist = accept_waitlist};
}

// Typed-outcome helpers: EXPECT_TRUE(Holds<SignUpConfirmed>(outcome)).
template <typename T, typename Variant>
bool Holds(const Variant& outcome) {
  return std::holds_alternative<T>(outcome);
}

// One site/category/event (id 1, capacity 20, no window), kiosk id "K01", and two volunteers:
// id 1 张伟军 V0001 13900000001 (active), id 2 李娜 V0002 13900000002 (inactive).
class RulesTest : public ::testing::Test {
 protected:
  RulesTest() {
    InsertMinimalCalendar(db_);
    SetKioskId(db_, "K01");
    AddVolunteer(1, "张伟军", "V0001", "13900000001", true);
    AddVolunteer(2, "李娜", "V0002", "13900000002", false);
  }

  void AddVolunteer(int64_t id, const std::string& name, const std::string& code, const std::string& phone,
                    bool active) {
    db::Statement(
        db_,
        "INSERT INTO volunteers(id, display_name, organizer_id, volunteer_code, phone_hash, phone_last4, "
        "active) VALUES(?1, ?2, 1, ?3, ?4, ?5, ?6)")
        .BindAll(id, name, code, PhoneHash(phone, kDemoPhoneHashKey), PhoneLast4(phone), active ? 1 : 0)
        .Run();
  }

  void SetCapacity(std::optional<int> capacity, int64_t event_id = 1) {
    db::Statement(db_, "UPDATE events SET capacity = ?1 WHERE id = ?2").BindAll(capacity, event_id).Run();
  }

  void SetWindow(std::optional<std::string> opens, std::optional<std::string> closes, int64_t event_id = 1) {
    db::Statement(db_, "UPDATE events SET signup_opens = ?1, signup_closes = ?2 WHERE id = ?3")
        .BindAll(opens, closes, event_id)
        .Run();
  }

  // A second event (id 2) that wants volunteers, with no capacity.
  void AddVolunteerEvent() {
    db_.Exec(
        "INSERT INTO events(id, uid, title, category_id, site_id, venue, wants_volunteers) "
        "VALUES(2, 'patrol', '平安巡逻', 1, 1, '福圣社区', 1)");
  }

  db::Database db_ = OpenKioskDatabase(":memory:", true);
};

}  // namespace kiosk::testing
