// tests/core/reports/reports_test_support.h — a small master for the report tests: two teams and a
// volunteer without one, check-ins in, before and after November 2026 (one overnight, one
// corrected by staff, one auto-closed, one still open, one conflict), and sign-ups on an activity
// whose title starts with '='.
#pragma once

#include <string>

#include "kiosk/core/volunteer/correct_hours_operation.h"
#include "tests/core/rules_test_support.h"

namespace kiosk::testing {

class ReportsTest : public RulesTest {
 protected:
  ReportsTest() {
    AddVolunteerEvent();  // event 2 平安巡逻, no capacity
    db_.Exec(R"sql(
      INSERT INTO organizers(id, code, name_zh, name_en, kind) VALUES(2, 'sunshine', '阳光志愿队', 'Sunshine', 'volunteer_team');
      INSERT INTO events(id, uid, title, category_id, site_id, venue, capacity) VALUES(3, 'sum', '=SUM(A1:A2)', 1, 1, '', 2);
    )sql");
    AddVolunteer(3, "王\"小\"明, 二", "V0003", "13900000203", true);
    AddVolunteer(4, "刘洋", "V0004", "13900000004", true);
    db_.Exec(
        "UPDATE volunteers SET organizer_id = 2 WHERE id = 3; UPDATE volunteers SET organizer_id = NULL "
        "WHERE id = 4");
    InsertOccurrence(db_, 10, 2, "2026-11-03T09:00", "2026-11-03T11:00");
    InsertOccurrence(db_, 11, 2, "2026-11-30T22:00", "2026-12-01T01:00");  // overnight
    InsertOccurrence(db_, 12, 2, "2026-12-01T09:00", "2026-12-01T10:00");  // next month
    InsertOccurrence(db_, 13, 2, "2026-10-31T09:00", "2026-10-31T10:00");  // last month
    InsertOccurrence(db_, 20, 3, "2026-11-05T14:00", "2026-11-05T16:00");
    InsertOccurrence(db_, 21, 1, "2026-11-06T16:30", "2026-11-06T18:00", "cancelled");
    InsertOccurrence(db_, 22, 1, "2026-11-07T00:00", "2026-11-08T00:00");  // all day
    InsertOccurrence(db_, 23, 1, "2026-11-08T00:00", "2026-11-10T00:00");  // all day, two days
    db_.Exec("UPDATE occurrences SET all_day = 1 WHERE id IN (22, 23)");

    Checkin("K01-1", 1, 10, "2026-11-03T09:00", "2026-11-03T11:05");  // 125 min
    Checkin("K01-2", 1, 11, "2026-11-30T21:50", "2026-12-01T01:10");  // 200 min, overnight
    Checkin("K01-3", 3, 10, "2026-11-03T09:00", "2026-11-03T11:00", /*auto_closed=*/true);
    CorrectHoursOp correction{"K01-3", At("2026-11-03T10:30"), 90, "忘记签退", At("2026-11-04T09:00")};
    EXPECT_EQ(Apply(db_, correction), ApplyResult::kApplied);         // 90 min, corrected
    Checkin("K01-4", 3, 12, "2026-12-01T09:00", "2026-12-01T10:00");  // December
    Checkin("K01-5", 4, 11, "2026-11-30T21:55", std::nullopt);        // still open
    Checkin("K01-6", 4, 13, "2026-10-31T09:00", "2026-10-31T10:00");  // October
    db_.Exec(
        "INSERT INTO checkins(id, origin_kiosk, created_at, volunteer_id, occurrence_id, checked_in_at, "
        "status) "
        "VALUES('K02-1', 'K02', '2026-11-03T09:00', 4, 10, '2026-11-03T09:00', 'conflict')");
    // General duty at the centre (no activity), closed by the kiosk: 60 min.
    Checkin("K01-7", 1, std::nullopt, "2026-11-15T14:00", "2026-11-15T15:00", /*auto_closed=*/true);

    SignUp("K01-10", 20, 'a', "confirmed");
    SignUp("K01-11", 20, 'b', "confirmed");
    SignUp("K01-12", 20, 'c', "waitlisted", 1);
    SignUp("K02-10", 20, 'd', "conflict");
    SignUp("K01-13", 20, 'e', "cancelled");
  }

  void Checkin(const std::string& id, int64_t volunteer, std::optional<int64_t> occurrence,
               const std::string& in, const std::optional<std::string>& out, bool auto_closed = false) {
    db::Statement(
        db_,
        "INSERT INTO checkins(id, origin_kiosk, created_at, volunteer_id, occurrence_id, checked_in_at, "
        "checked_out_at, status, auto_closed) VALUES(?1, substr(?1, 1, 3), ?2, ?3, ?4, ?2, ?5, ?6, ?7)")
        .BindAll(id, in, volunteer, occurrence, out, std::string(out ? "checked_out" : "checked_in"),
                 auto_closed ? 1 : 0)
        .Run();
  }

  void SignUp(const std::string& id, int64_t occurrence, char phone, const std::string& status,
              std::optional<int> position = std::nullopt) {
    db::Statement(
        db_,
        "INSERT INTO signups(id, origin_kiosk, created_at, occurrence_id, phone_hash, phone_last4, status, "
        "waitlist_position) VALUES(?1, substr(?1, 1, 3), '2026-11-01T10:00', ?2, ?3, '1234', ?4, ?5)")
        .BindAll(id, occurrence, std::string(64, phone), status, position)
        .Run();
  }
};

}  // namespace kiosk::testing
