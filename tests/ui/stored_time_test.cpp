// tests/ui/stored_time_test.cpp — the kiosk over a stored time that is not a real minute ('T99:99',
// written before migration 008 tightened the check): every screen still draws, the occurrence is
// left out, and the log names it.
#include <gtest/gtest.h>

#include "flow_test_support.h"
#include "headless_ui.h"
#include "kiosk/core/storage/storage_failure.h"
#include "kiosk/core/storage/stored_times.h"
#include "kiosk/core/volunteer/checkins.h"
#include "kiosk/ui/screen_id.h"

namespace kiosk::test {
namespace {

std::string logged;

TEST(StoredTime, ABadStoredTimeIsSkippedOnEveryScreenAndLogged) {
  db::Database db = DemoDatabase();
  db.Exec("PRAGMA ignore_check_constraints = ON");
  db.Exec(
      "UPDATE occurrences SET start_at = substr(start_at, 1, 10) || 'T99:99' "
      "WHERE id = (SELECT id FROM occurrences WHERE start_at >= '" +
      TestNow().date.Iso() + "' ORDER BY start_at LIMIT 1)");
  db.Exec("UPDATE occurrences SET end_at = '" + TestNow().date.Iso() +
          "T25:00' WHERE id = (SELECT max(id) FROM occurrences)");
  db.Exec("PRAGMA ignore_check_constraints = OFF");
  SetStorageFailureSink([](std::string_view line) { logged += std::string(line) + "\n"; });
  EXPECT_EQ(LogUnshowableStoredTimes(db), 2);
  SetStorageFailureSink(nullptr);
  EXPECT_NE(logged.find("T99:99"), std::string::npos) << logged;
  EXPECT_NE(logged.find("T25:00"), std::string::npos) << logged;

  for (const ui::ScreenId screen : ui::AllScreens()) {
    ui::UiOptions options;
    options.start_screen = screen;
    HeadlessUi h(db, options);
    h.Settle();
    const std::string text = h.FrameText();
    EXPECT_EQ(text.find("99:99"), std::string::npos) << static_cast<int>(screen);
    EXPECT_FALSE(h.ui().quit_requested()) << static_cast<int>(screen);
    EXPECT_FALSE(h.targets().last_frame().empty()) << static_cast<int>(screen);
  }
}

// Writes `sql` past the schema's checks, as a database from before migration 008 holds it.
void Plant(db::Database& db, const std::string& sql) {
  db.Exec("PRAGMA ignore_check_constraints = ON");
  db.Exec(sql);
  db.Exec("PRAGMA ignore_check_constraints = OFF");
}

class StoredTimeScreens : public ::testing::Test {
 protected:
  void SetUp() override {
    logged.clear();
    SetStorageFailureSink([](std::string_view line) { logged += std::string(line) + "\n"; });
  }
  void TearDown() override { SetStorageFailureSink(nullptr); }
  std::unique_ptr<HeadlessUi> Open(ui::ScreenId screen, std::optional<int64_t> occurrence = std::nullopt) {
    ui::UiOptions options;
    options.start_screen = screen;
    options.start_occurrence = occurrence;
    if (screen == ui::ScreenId::kCalendar && occurrence)
      options.start_calendar_view = ui::CalendarView::kDetail;
    options.clock = [] { return TestNow(); };
    auto h = std::make_unique<HeadlessUi>(db_, options);
    h->Settle();
    return h;
  }
  std::string Title(int64_t occurrence) {
    db::Statement query(
        db_, "SELECT e.title FROM occurrences o JOIN events e ON e.id = o.event_id WHERE o.id = ?1");
    query.Bind(1, occurrence);
    return query.Step() ? query.ColumnText(0) : std::string();
  }
  db::Database db_ = DemoDatabase();
};

TEST_F(StoredTimeScreens, SignUpListLeavesOutABadTimeAndListsTheRest) {
  const int64_t bad = OpenOccurrenceWithSeats(db_);
  const size_t open_before = OccurrencesOpenForSignUp(db_, TestNow(), 100000).size();
  Plant(db_, "UPDATE occurrences SET start_at = substr(start_at, 1, 10) || 'T99:99' WHERE id = " +
                 std::to_string(bad));
  EXPECT_EQ(OccurrencesOpenForSignUp(db_, TestNow(), 100000).size(), open_before - 1);
  auto h = Open(ui::ScreenId::kSignup);
  const std::string text = h->FrameText();
  EXPECT_EQ(text.find("系统故障"), std::string::npos) << text;
  EXPECT_TRUE(h->FindPrefix("报名：")) << "the other activities are still there: " << text;
  EXPECT_EQ(text.find("99:99"), std::string::npos) << text;
  // Reached by its id (a detail opened before a sync brought the bad value): gone, not a fault.
  auto by_id = Open(ui::ScreenId::kSignup, bad);
  const std::string gone = by_id->FrameText();
  EXPECT_EQ(gone.find("系统故障"), std::string::npos) << gone;
  EXPECT_NE(gone.find("已撤下"), std::string::npos) << gone;
  EXPECT_NE(logged.find("T99:99"), std::string::npos) << "the skipped row is logged: " << logged;
}

TEST_F(StoredTimeScreens, VolunteerDutiesLeaveOutABadTimeAndListTheRest) {
  const std::string today = TestNow().date.Iso();
  const int64_t duties_today = db::QueryInt(
      db_,
      "SELECT count(*) FROM occurrences o JOIN events e ON e.id = o.event_id WHERE e.wants_volunteers = 1 "
      "AND o.start_at >= '" +
          today + "' AND o.start_at < '" + TestNow().date.AddDays(1).Iso() + "'");
  ASSERT_GE(duties_today, 2) << "the demo has two duties today";
  const int64_t bad = db::QueryInt(
      db_,
      "SELECT o.id FROM occurrences o JOIN events e ON e.id = o.event_id WHERE e.wants_volunteers = 1 "
      "AND o.start_at >= '" +
          today + "' ORDER BY o.start_at LIMIT 1");
  const std::string bad_title = Title(bad);
  Plant(db_, "UPDATE occurrences SET end_at = '" + today + "T25:00' WHERE id = " + std::to_string(bad));
  auto h = Open(ui::ScreenId::kVolunteer);
  TypeDigits(*h, "13900000001");
  ASSERT_TRUE(h->Tap("下一步"));
  const std::string text = h->FrameText();
  EXPECT_EQ(text.find("系统故障"), std::string::npos) << text;
  EXPECT_NE(text.find("张*，您好"), std::string::npos) << text;
  EXPECT_EQ(text.find(bad_title), std::string::npos) << text;
  EXPECT_NE(text.find("今天的服务"), std::string::npos) << text;
  EXPECT_NE(text.find("起可签到"), std::string::npos) << "the other duties are listed: " << text;
  EXPECT_NE(logged.find("T25:00"), std::string::npos) << logged;
}

TEST_F(StoredTimeScreens, ABadCheckInTimeLeavesThatDutyOutAndTheScreenWorks) {
  const std::string today = TestNow().date.Iso();
  const int64_t volunteer = db::QueryInt(db_, "SELECT id FROM volunteers WHERE volunteer_code = 'V0001'");
  const std::string duties_sql =
      "SELECT o.id FROM occurrences o JOIN events e ON e.id = o.event_id WHERE e.wants_volunteers = 1 "
      "AND o.start_at >= '" +
      today + "' AND o.start_at < '" + TestNow().date.AddDays(1).Iso() + "' ORDER BY o.start_at";
  const int64_t bad = db::QueryInt(db_, duties_sql + " LIMIT 1");
  const int64_t past = db::QueryInt(db_, "SELECT min(id) FROM occurrences WHERE end_at < '" + today + "'");
  // As a database from before migration 008 can hold them: one open check-in at 'T99:99' for a
  // duty today, one closed one (earlier this year) whose check-out is '02-30'.
  Plant(db_,
        "INSERT INTO checkins(id, origin_kiosk, created_at, volunteer_id, occurrence_id, checked_in_at, "
        "status) "
        "VALUES('K9-1', 'K9', '" +
            today + "T08:00', " + std::to_string(volunteer) + ", " + std::to_string(bad) + ", '" + today +
            "T99:99', 'checked_in')");
  Plant(db_,
        "INSERT INTO checkins(id, origin_kiosk, created_at, volunteer_id, occurrence_id, checked_in_at, "
        "checked_out_at, status) VALUES('K9-2', 'K9', '2026-02-01T08:00', " +
            std::to_string(volunteer) + ", " + std::to_string(past) +
            ", '2026-02-01T09:00', '2026-02-30T10:00', 'checked_out')");
  EXPECT_EQ(LogUnshowableStoredTimes(db_), 2);
  EXPECT_NE(logged.find("check-in K9-1 checked_in_at \"" + today + "T99:99\""), std::string::npos) << logged;
  EXPECT_NE(logged.find("02-30"), std::string::npos) << logged;

  // The rules read around it and write nothing over it.
  EXPECT_NO_THROW(VolunteerHours(db_, volunteer, TestNow()));
  EXPECT_NO_THROW(CloseForgottenCheckouts(db_, TestNow()));
  const CheckInOutcome again = CheckIn(db_, volunteer, bad, TestNow());
  ASSERT_TRUE(std::holds_alternative<CheckInRefused>(again));
  EXPECT_EQ(std::get<CheckInRefused>(again).reason, CheckInRefusal::kOccurrenceGone);
  EXPECT_TRUE(std::holds_alternative<CheckOutRefused>(CheckOut(db_, volunteer, bad, TestNow())));
  EXPECT_EQ(db::QueryInt(db_, "SELECT count(*) FROM checkins WHERE occurrence_id = " + std::to_string(bad)),
            1);
  for (const Duty& duty : TodaysDuties(db_, volunteer, TestNow())) EXPECT_NE(duty.occurrence_id, bad);

  auto h = Open(ui::ScreenId::kVolunteer);
  TypeDigits(*h, "13900000001");
  ASSERT_TRUE(h->Tap("下一步"));
  const std::string text = h->FrameText();
  EXPECT_EQ(text.find("系统故障"), std::string::npos) << text;
  EXPECT_EQ(text.find("99:99"), std::string::npos) << text;
  EXPECT_NE(text.find("张*，您好"), std::string::npos) << text;
  EXPECT_NE(text.find("今天的服务"), std::string::npos) << "the rest of the duties: " << text;
  EXPECT_NE(text.find("起可签到"), std::string::npos) << "the rest of the duties: " << text;
}

TEST_F(StoredTimeScreens, DetailOfAnActivityWithABadSignUpWindowSaysItIsGone) {
  const int64_t occurrence = OpenOccurrenceWithSeats(db_);
  Plant(db_,
        "UPDATE events SET signup_closes = '2026-02-30T10:00' WHERE id = (SELECT event_id FROM "
        "occurrences WHERE id = " +
            std::to_string(occurrence) + ")");
  auto h = Open(ui::ScreenId::kCalendar, occurrence);
  const std::string text = h->FrameText();
  EXPECT_FALSE(h->ui().quit_requested());
  EXPECT_EQ(text.find("系统故障"), std::string::npos) << text;
  EXPECT_NE(text.find("已撤下"), std::string::npos) << text;
  EXPECT_NE(logged.find("02-30"), std::string::npos) << logged;
  // Home and the calendar leave it out as well: one rule for every screen.
  auto home = Open(ui::ScreenId::kHome);
  EXPECT_FALSE(home->FindPrefix(Title(occurrence) + " ")) << "listed with a sign-up window that is no time";
}

}  // namespace
}  // namespace kiosk::test
