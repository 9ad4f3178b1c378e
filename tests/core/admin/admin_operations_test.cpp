// tests/core/admin/admin_operations_test.cpp — what staff do on the admin screen reaches the office:
// a volunteer's forgotten check-out corrected with a reason (a 'correct_hours' operation, tagged as
// a manual correction), every admin action as an 'admin_action' operation, and the office applying
// both from the journal through the same Apply, once however often they arrive.
#include <gtest/gtest.h>

#include "kiosk/core/admin/admin_audit.h"
#include "kiosk/core/sync/operations.h"
#include "kiosk/core/volunteer/checkins.h"
#include "kiosk/core/volunteer/hours_correction.h"
#include "tests/core/journal_test_support.h"
#include "tests/core/rules_test_support.h"

namespace kiosk {
namespace {

class AdminOperationsTest : public testing::RulesTest {
 protected:
  AdminOperationsTest() {
    AddVolunteerEvent();
    testing::InsertOccurrence(db_, 20, 2, "2026-11-27T09:00", "2026-11-27T12:00");
  }
  std::string FirstCheckin() {
    db::Statement q(db_, "SELECT id FROM checkins");
    q.Step();
    return q.ColumnText(0);
  }
};

TEST_F(AdminOperationsTest, AForgottenCheckOutIsCorrectedWithAReasonAndTaggedAsManual) {
  ASSERT_TRUE(testing::Holds<CheckedIn>(CheckIn(db_, 1, 20, testing::At("2026-11-27T08:50"))));
  const LocalDateTime evening = testing::At("2026-11-27T12:30");  // within the grace: still open
  const auto list = CorrectableCheckins(db_, evening);
  ASSERT_EQ(list.size(), 1u);
  EXPECT_FALSE(list[0].checked_out_at) << "still open";
  EXPECT_EQ(list[0].activity_end, testing::At("2026-11-27T12:00"));
  const std::string id = list[0].checkin_id;

  EXPECT_EQ(
      std::get<CorrectionRefused>(CorrectHours(db_, id, testing::At("2026-11-27T12:00"), "", evening)).reason,
      CorrectionRefusal::kNoReason);
  EXPECT_EQ(
      std::get<CorrectionRefused>(CorrectHours(db_, id, testing::At("2026-11-27T08:50"), "忘记签退", evening))
          .reason,
      CorrectionRefusal::kNotAfterCheckIn);
  EXPECT_EQ(
      std::get<CorrectionRefused>(CorrectHours(db_, id, testing::At("2026-11-27T13:00"), "忘记签退", evening))
          .reason,
      CorrectionRefusal::kInTheFuture);
  EXPECT_EQ(std::get<CorrectionRefused>(
                CorrectHours(db_, "K01-999", testing::At("2026-11-27T12:00"), "忘记签退", evening))
                .reason,
            CorrectionRefusal::kNoSuchCheckin);
  EXPECT_EQ(testing::OutboxCount(db_, "correct_hours"), 0) << "a refused correction writes nothing";

  const CorrectionOutcome done = CorrectHours(db_, id, testing::At("2026-11-27T11:50"), "忘记签退", evening);
  ASSERT_TRUE(testing::Holds<HoursCorrected>(done));
  EXPECT_EQ(std::get<HoursCorrected>(done).minutes, 180);
  db::Statement row(db_,
                    "SELECT status, checked_out_at, correction, auto_closed FROM checkins WHERE id = ?1");
  row.Bind(1, id);
  ASSERT_TRUE(row.Step());
  EXPECT_EQ(row.ColumnText(0), "checked_out");
  EXPECT_EQ(row.ColumnText(1), "2026-11-27T11:50");
  EXPECT_EQ(row.ColumnText(2), "忘记签退") << "tagged as a manual correction with its reason";
  EXPECT_EQ(row.ColumnInt(3), 0);
  EXPECT_EQ(testing::OutboxCount(db_, "correct_hours"), 1);
  EXPECT_EQ(testing::LastPayloadField(db_, "action"), "correct_hours") << "audited in the same transaction";
  EXPECT_EQ(VolunteerHours(db_, 1, evening).this_month, 180) << "the volunteer's hours follow";
  const auto after = CorrectableCheckins(db_, evening);
  ASSERT_EQ(after.size(), 1u) << "still listed, as corrected";
  EXPECT_EQ(after[0].correction, "忘记签退");
}

TEST_F(AdminOperationsTest, TheOfficeAppliesCorrectionsAndTheAuditLogOnceFromTheJournal) {
  ASSERT_TRUE(testing::Holds<CheckedIn>(CheckIn(db_, 1, 20, testing::At("2026-11-27T08:50"))));
  RecordAdminAction(db_, "2026-11-27T13:00:05", "pin_accepted", "");
  ASSERT_TRUE(testing::Holds<HoursCorrected>(CorrectHours(
      db_, FirstCheckin(), testing::At("2026-11-27T12:00"), "忘记签退", testing::At("2026-11-27T13:01"))));
  EXPECT_EQ(testing::OutboxCount(db_, "admin_action"), 2);

  db::Database office = OpenKioskDatabase(":memory:", true);
  testing::InsertMinimalCalendar(office);
  office.Exec(
      "INSERT INTO volunteers(id, display_name, organizer_id, volunteer_code, phone_hash, phone_last4, "
      "active) "
      "SELECT 1, '张伟军', 1, 'V0001', phone_hash, phone_last4, 1 FROM (SELECT '" +
      std::string(64, 'a') + "' AS phone_hash, '0001' AS phone_last4)");
  office.Exec(
      "INSERT INTO events(id, uid, title, category_id, site_id, venue, wants_volunteers) "
      "VALUES(2, 'patrol', '平安巡逻', 1, 1, '福圣社区', 1)");
  testing::InsertOccurrence(office, 20, 2, "2026-11-27T09:00", "2026-11-27T12:00");
  const std::vector<ApplyResult> first = testing::ApplyJournal(db_, office);
  for (ApplyResult r : first) EXPECT_EQ(r, ApplyResult::kApplied) << ApplyResultName(r);
  const std::vector<ApplyResult> again = testing::ApplyJournal(db_, office);
  for (ApplyResult r : again) EXPECT_EQ(r, ApplyResult::kReplayed) << ApplyResultName(r);

  const auto log = AdminAuditLog(office);
  ASSERT_EQ(log.size(), 2u) << "each entry once";
  EXPECT_EQ(log[0].action, "pin_accepted");
  EXPECT_EQ(log[0].kiosk, "K01");
  EXPECT_EQ(log[1].action, "correct_hours");
  db::Statement row(office, "SELECT checked_out_at, correction FROM checkins");
  ASSERT_TRUE(row.Step());
  EXPECT_EQ(row.ColumnText(0), "2026-11-27T12:00");
  EXPECT_EQ(row.ColumnText(1), "忘记签退");
}

TEST_F(AdminOperationsTest, ACorrectionPayloadWithoutAReasonIsMalformed) {
  const ParsedOperation parsed = ParseOperation(
      "K01-9", "correct_hours",
      R"({"checkin_id":"K01-1","checked_out_at":"2026-11-27T12:00","minutes":60,"reason":"","corrected_at":"2026-11-27T13:00"})");
  ASSERT_TRUE(std::holds_alternative<MalformedOperation>(parsed));
  EXPECT_EQ(std::get<MalformedOperation>(parsed).field(), "reason");
}

}  // namespace
}  // namespace kiosk
