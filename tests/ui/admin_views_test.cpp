// tests/ui/admin_views_test.cpp — the admin's views as staff use them after the PIN: today's
// bookings with their matters and the no-shows, 立即同步 on a background thread (frames keep
// coming, the result wakes the UI and is audited), a forgotten check-out corrected with a reason,
// the kiosk's health and screen schedule; and the screen schedule's dark screen on its own.
#include <gtest/gtest.h>

#include <atomic>
#include <future>

#include "flow_test_support.h"
#include "kiosk/core/admin/admin_audit.h"
#include "kiosk/core/admin/admin_pin.h"
#include "kiosk/core/health/health_record.h"
#include "kiosk/ui/screen_id.h"

namespace kiosk::test {
namespace {

constexpr const char* kPin = "2468";

class AdminViewsTest : public ::testing::Test {
 protected:
  std::unique_ptr<HeadlessUi> OpenAdmin(ui::UiOptions options = {}) {
    options.admin_pin_hash = HashAdminPin(kPin, PinHashCost::kMinimum);
    options.unix_clock = [] { return int64_t{1'800'000'000}; };
    options.clock = clock_.fn();
    auto h = std::make_unique<HeadlessUi>(db_, options);
    h->Settle();
    h->ui().NavigateTo(ui::ScreenId::kAdmin);  // the 5-s hold is admin_screen_test's
    h->Settle();
    TypeDigits(*h, kPin);
    EXPECT_TRUE(h->Tap("进入管理"));
    return h;
  }
  bool Audited(const std::string& action) {
    for (const AuditEntry& e : AdminAuditLog(db_))
      if (e.action == action) return true;
    return false;
  }
  int64_t RoomId() {
    return db::QueryInt(db_, "SELECT id FROM rooms WHERE bookable = 1 ORDER BY id LIMIT 1");
  }
  void Booking(const std::string& id, const std::string& start, const std::string& end, const char* matter,
               const std::string& last4) {
    db::Statement(
        db_,
        "INSERT INTO bookings(id, origin_kiosk, created_at, room_id, start_at, end_at, phone_hash, "
        "phone_last4, confirmation_code, status, matter) VALUES(?1, 'TA01', '2026-11-26T10:00', ?2, ?3, "
        "?4, ?5, ?6, 'ABCDEF', 'confirmed', ?7)")
        .BindAll(id, RoomId(), start, end, std::string(64, 'b'), last4, matter)
        .Run();
  }
  db::Database db_ = DemoDatabase();
  TestClock clock_;
};

TEST_F(AdminViewsTest, TodaysBookingsShowTheirMattersAndTheNoShows) {
  const std::string day = TestNow().date.Iso();
  Booking("TA01-901", day + "T08:00", day + "T08:30", "family", "1111");  // past its grace at 09:30
  Booking("TA01-902", day + "T14:00", day + "T15:00", "labour", "2222");
  auto h = OpenAdmin();
  ASSERT_TRUE(h->Tap("今日预约"));
  const std::string text = h->FrameText();
  EXPECT_NE(text.find("14:00–15:00"), std::string::npos) << text;
  EXPECT_NE(text.find("劳动"), std::string::npos) << "the matter, on this screen only: " << text;
  EXPECT_NE(text.find("尾号2222"), std::string::npos);
  const size_t no_shows = text.find("未到场");
  ASSERT_NE(no_shows, std::string::npos);
  EXPECT_NE(text.find("尾号1111", no_shows), std::string::npos) << "08:00 never arrived: a no-show";
  EXPECT_TRUE(Audited("view_bookings"));
}

TEST_F(AdminViewsTest, SyncNowRunsInTheBackgroundWhileFramesKeepComingAndWakesTheUi) {
  std::promise<void> release;
  std::shared_future<void> released = release.get_future().share();
  std::atomic<int> wakes{0};
  ui::UiOptions options;
  options.run_sync = [released] {
    released.wait();
    return ui::SyncJobResult{true, "同步完成：发送 3 条操作 / sync done: 3 operations sent"};
  };
  options.wake = [&wakes] { ++wakes; };
  auto h = OpenAdmin(options);
  ASSERT_TRUE(h->Tap("同步"));
  ASSERT_TRUE(h->Tap("立即同步"));
  h->Wait(2);  // the sync is still running: the UI keeps drawing and counts the seconds
  EXPECT_NE(h->FrameText().find("正在同步"), std::string::npos);
  ASSERT_TRUE(h->ui().SecondsUntilNextDeadline());
  EXPECT_LE(*h->ui().SecondsUntilNextDeadline(), 0.25) << "the progress moves";
  EXPECT_FALSE(h->targets().Find("立即同步")) << "one sync at a time";
  EXPECT_EQ(wakes, 0);
  release.set_value();
  for (int i = 0; i < 200 && wakes == 0; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  EXPECT_EQ(wakes, 1) << "the result wakes the app";
  h->Settle();
  const std::string text = h->FrameText();
  EXPECT_NE(text.find("同步成功"), std::string::npos) << text;
  EXPECT_NE(text.find("发送 3 条操作"), std::string::npos);
  EXPECT_TRUE(Audited("sync_started"));
  EXPECT_TRUE(Audited("sync_now"));
  EXPECT_TRUE(h->targets().Find("立即同步")) << "ready again";
}

TEST_F(AdminViewsTest, AForgottenCheckOutIsCorrectedWithAReason) {
  const int64_t volunteer =
      db::QueryInt(db_, "SELECT id FROM volunteers WHERE active = 1 ORDER BY id LIMIT 1");
  db::Statement(
      db_,
      "INSERT INTO checkins(id, origin_kiosk, created_at, volunteer_id, occurrence_id, checked_in_at, "
      "status) VALUES('TA01-950', 'TA01', ?1, ?2, NULL, ?1, 'checked_in')")
      .BindAll(TestNow().date.AddDays(-1).Iso() + "T14:00", volunteer)
      .Run();
  auto h = OpenAdmin();
  ASSERT_TRUE(h->Tap("更正时长"));
  std::optional<ui::Target> row;
  for (const ui::Target& t : h->targets().last_frame())
    if (t.label.find("未签退") != std::string::npos) row = t;
  ASSERT_TRUE(row) << "the open check-in is listed";
  h->TapAt(ImVec2(row->center_x(), row->center_y()));
  h->Settle();
  EXPECT_NE(h->FrameText().find("签退时间：11-26 15:00"), std::string::npos) << "an hour after the check-in";
  ASSERT_TRUE(h->Tap("推后15分钟"));
  ASSERT_TRUE(h->Tap("保存更正"));
  EXPECT_NE(h->FrameText().find("请先选择更正原因"), std::string::npos) << "no reason, nothing saved";
  EXPECT_EQ(OutboxOps(db_, "correct_hours"), 0);
  ASSERT_TRUE(h->Tap("忘记签退"));
  ASSERT_TRUE(h->Tap("保存更正"));
  EXPECT_NE(h->FrameText().find("已更正：服务1小时15分"), std::string::npos) << h->FrameText();
  EXPECT_EQ(OutboxOps(db_, "correct_hours"), 1);
  db::Statement q(db_, "SELECT checked_out_at, correction FROM checkins WHERE id = 'TA01-950'");
  ASSERT_TRUE(q.Step());
  EXPECT_EQ(q.ColumnText(0), TestNow().date.AddDays(-1).Iso() + "T15:15");
  EXPECT_EQ(q.ColumnText(1), "忘记签退 / Forgot to check out");
  EXPECT_TRUE(Audited("correct_hours"));
}

TEST_F(AdminViewsTest, TheKiosksHealthAndTheScreenSchedule) {
  RecordHealth(db_,
               HealthInputs{.version = "0.1",
                            .started_at = "2026-11-27T08:00:00",
                            .uptime_seconds = 5400,
                            .restarts = 2,
                            .last_error = ""},
               "2026-11-27T09:30:00");
  ui::UiOptions options;
  options.opening_hours = OpeningHours{{8, 0}, {20, 0}};
  auto h = OpenAdmin(options);
  ASSERT_TRUE(h->Tap("本机状态"));
  const std::string text = h->FrameText();
  EXPECT_NE(text.find("运行1小时30分 重启2次"), std::string::npos) << text;
  EXPECT_NE(text.find("开放时间 08:00–20:00"), std::string::npos) << text;
  EXPECT_TRUE(Audited("view_system"));
}

TEST_F(AdminViewsTest, OutsideOpeningHoursAnUnusedKioskGoesDarkAndATouchWakesItHome) {
  *clock_.now = LocalDateTime{TestNow().date, 21, 0};
  ui::UiOptions options;
  options.opening_hours = OpeningHours{{8, 0}, {20, 0}};
  options.clock = clock_.fn();
  HeadlessUi h(db_, options);
  h.Settle();
  EXPECT_FALSE(h.ui().screen_dark()) << "not before the idle time";
  h.Wait(61);
  EXPECT_TRUE(h.ui().screen_dark());
  EXPECT_FALSE(h.ui().attract_shown()) << "dark instead of the attract loop";
  ASSERT_EQ(h.targets().last_frame().size(), 1u) << "one target: the whole black screen";
  const auto due = h.ui().SecondsUntilNextDeadline();
  ASSERT_TRUE(due);
  EXPECT_DOUBLE_EQ(*due, 11 * 3600.0) << "nothing to draw until 08:00";
  EXPECT_FALSE(h.ui().ShowsTheMinute());
  // The touch lands where the 活动日历 tile is: it wakes the kiosk and taps nothing.
  h.TapAt(ImVec2(h.display().x * 0.25f, h.display().y * 0.5f));
  h.Settle();
  EXPECT_FALSE(h.ui().screen_dark());
  EXPECT_EQ(h.ui().current_screen(), ui::ScreenId::kHome);
  EXPECT_TRUE(h.targets().Find("活动日历")) << "home, ready to use";
  // At the opening time a dark kiosk comes back by itself.
  h.Wait(61);
  ASSERT_TRUE(h.ui().screen_dark());
  *clock_.now = LocalDateTime{TestNow().date.AddDays(1), 8, 0};
  h.Frame();
  EXPECT_FALSE(h.ui().screen_dark());
}

TEST_F(AdminViewsTest, DuringOpeningHoursTheKioskNeverGoesDark) {
  ui::UiOptions options;
  options.opening_hours = OpeningHours{{8, 0}, {20, 0}};
  options.clock = clock_.fn();
  HeadlessUi h(db_, options);
  h.Wait(200);
  EXPECT_FALSE(h.ui().screen_dark());
  EXPECT_TRUE(h.ui().attract_shown());
}

}  // namespace
}  // namespace kiosk::test
