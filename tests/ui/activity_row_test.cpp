// Activity rows: every list of activities (home's today and upcoming, the calendar's day view, the
// 报名参加 list) draws them with one widget whose whole width is the target: a tap near either
// end of a row, on the time or on the seats badge, opens that activity. On 报名参加 the row opens
// the detail too and its own 报名 button starts the sign-up. Labels name title, date and time.
#include "kiosk/ui/widgets/activity_row.h"

#include <gtest/gtest.h>

#include <string>

#include "flow_test_support.h"
#include "headless_ui.h"
#include "kiosk/core/calendar/home_listing.h"
#include "kiosk/ui/screen_id.h"
#include "kiosk/ui/screens/calendar_view.h"

namespace kiosk::test {
namespace {

// Taps the row labelled `title` a few pixels in from its left or right end; its detail opens.
void ExpectEndsOpenTheDetail(db::Database& db, ui::UiOptions options, const std::string& title) {
  for (const bool right : {false, true}) {
    HeadlessUi h(db, options);
    h.Settle();
    const auto row = h.targets().Find(title);
    ASSERT_TRUE(row) << "no row for " << title;
    EXPECT_GT(row->w, h.display().x * 0.3f) << "the row is not the list's whole width: " << title;
    const float x = right ? row->x + row->w - 4 : row->x + 4;
    h.TapAt(ImVec2(x, row->center_y()));
    EXPECT_EQ(h.ui().current_screen(), ui::ScreenId::kCalendar)
        << title << (right ? " right end" : " left end");
    EXPECT_EQ(h.ui().calendar_view(), ui::CalendarView::kDetail)
        << title << (right ? " right end" : " left end");
  }
}

TEST(ActivityRow, HomeTodayRowsOpenTheDetailFromEitherEnd) {
  db::Database db = DemoDatabase();
  const auto today = OccurrencesOnDay(db, TestNow().date);
  ASSERT_FALSE(today.empty());
  ExpectEndsOpenTheDetail(db, {},
                          ui::ActivityTargetLabel(today.front().title, today.front().start, ui::Lang::kZh));
}

TEST(ActivityRow, HomeUpcomingRowsOpenTheDetailFromEitherEnd) {
  db::Database db = DemoDatabase();
  // Nothing today: the upcoming list is at the top of home.
  db.Exec("UPDATE occurrences SET status = 'cancelled' WHERE start_at LIKE '" + TestNow().date.Iso() + "%'");
  const auto upcoming = UpcomingOccurrences(db, LocalDateTime{TestNow().date, 23, 59}, 1);
  ASSERT_FALSE(upcoming.empty());
  ExpectEndsOpenTheDetail(
      db, {}, ui::ActivityTargetLabel(upcoming.front().title, upcoming.front().start, ui::Lang::kZh));
}

TEST(ActivityRow, CalendarDayRowsOpenTheDetailFromEitherEnd) {
  db::Database db = DemoDatabase();
  const auto today = OccurrencesOnDay(db, TestNow().date);
  ASSERT_GE(today.size(), 2u);
  ui::UiOptions options;
  options.start_screen = ui::ScreenId::kCalendar;
  options.start_calendar_view = ui::CalendarView::kDay;
  for (size_t i : {size_t{0}, size_t{1}})
    ExpectEndsOpenTheDetail(db, options,
                            ui::ActivityTargetLabel(today[i].title, today[i].start, ui::Lang::kZh));
}

TEST(ActivityRow, SignupListRowOpensTheDetailAndItsButtonStartsTheSignUp) {
  db::Database db = DemoDatabase();
  const auto open = OccurrencesOpenForSignUp(db, TestNow(), 1);
  ASSERT_FALSE(open.empty());
  ui::UiOptions options;
  options.start_screen = ui::ScreenId::kSignup;
  ExpectEndsOpenTheDetail(db, options, ui::ActivityTargetLabel(open[0].title, open[0].start, ui::Lang::kZh));
  HeadlessUi h(db, options);
  h.Settle();
  const std::string button = ui::ActionTargetLabel("报名", open[0].title, open[0].start, ui::Lang::kZh);
  ASSERT_TRUE(h.Tap(button)) << "no " << button;
  EXPECT_TRUE(h.targets().Find("下一步")) << "the keypad did not open";
}

TEST(ActivityRow, TargetLabelsNameTheActivityItsDateAndTime) {
  const LocalDateTime start{LocalDate{2026, 12, 2}, 16, 30};
  EXPECT_EQ(ui::ActivityTargetLabel("快乐4点半", start, ui::Lang::kZh), "快乐4点半 12月2日 16:30");
  EXPECT_EQ(ui::ActionTargetLabel("报名", "快乐4点半", start, ui::Lang::kZh),
            "报名：快乐4点半 12月2日 16:30");
  EXPECT_EQ(ui::ActionTargetLabel("Sign up", "快乐4点半", start, ui::Lang::kEn),
            "Sign up: 快乐4点半 2 Dec 16:30");
}

TEST(ActivityRow, ShowsStartAndEndTimeAndThePlace) {
  db::Database db = DemoDatabase();
  const auto today = OccurrencesOnDay(db, TestNow().date);
  ASSERT_FALSE(today.empty());
  HeadlessUi h(db, {});
  const std::string text = h.FrameText();
  EXPECT_NE(text.find(today.front().start.HourMinute()), std::string::npos);
  EXPECT_NE(text.find("–" + today.front().end.HourMinute()), std::string::npos);
  EXPECT_NE(text.find(ui::PlaceText(today.front().site, today.front().venue)), std::string::npos);
}

TEST(ActivityRow, PlaceNamesTheCommunityOnce) {
  EXPECT_EQ(ui::PlaceText("福圣社区", "活动室"), "福圣社区 · 活动室");
  EXPECT_EQ(ui::PlaceText("福圣社区", "福圣社区 活动室"), "福圣社区 活动室");
  EXPECT_EQ(ui::PlaceText("福圣社区", ""), "福圣社区");
  EXPECT_EQ(ui::PlaceText("", "活动室"), "活动室");
}

}  // namespace
}  // namespace kiosk::test
