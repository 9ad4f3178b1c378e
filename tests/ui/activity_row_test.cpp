// Activity rows: every list of activities (home's today and upcoming, the calendar's day view, the
// 报名参加 list) draws them with one widget whose whole width is the target: a tap near either
// end of a row, on the time or on the seats badge, opens that activity.
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

// Taps `title`'s row a few pixels in from its left or right end; true when its detail opened.
void ExpectEndsOpenTheDetail(db::Database& db, ui::UiOptions options, const std::string& title) {
  for (const bool right : {false, true}) {
    HeadlessUi h(db, options);
    h.Settle();
    const auto row = h.targets().Find(title);
    ASSERT_TRUE(row) << "no row for " << title;
    EXPECT_GT(row->w, h.display().x * 0.4f) << "the row is not the list's whole width: " << title;
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
  ExpectEndsOpenTheDetail(db, {}, today.front().title);
}

TEST(ActivityRow, HomeUpcomingRowsOpenTheDetailFromEitherEnd) {
  db::Database db = DemoDatabase();
  // Nothing today: the upcoming list is at the top of home.
  db.Exec("UPDATE occurrences SET status = 'cancelled' WHERE start_at LIKE '" + TestNow().date.Iso() + "%'");
  const auto upcoming = UpcomingOccurrences(db, LocalDateTime{TestNow().date, 23, 59}, 1);
  ASSERT_FALSE(upcoming.empty());
  ExpectEndsOpenTheDetail(db, {}, upcoming.front().title);
}

TEST(ActivityRow, CalendarDayRowsOpenTheDetailFromEitherEnd) {
  db::Database db = DemoDatabase();
  const auto today = OccurrencesOnDay(db, TestNow().date);
  ASSERT_GE(today.size(), 2u);
  ui::UiOptions options;
  options.start_screen = ui::ScreenId::kCalendar;
  options.start_calendar_view = ui::CalendarView::kDay;
  ExpectEndsOpenTheDetail(db, options, today.front().title);
  ExpectEndsOpenTheDetail(db, options, today[1].title);
}

TEST(ActivityRow, SignupListRowStartsTheSignUpFromEitherEnd) {
  db::Database db = DemoDatabase();
  const auto open = OccurrencesOpenForSignUp(db, TestNow(), 1);
  ASSERT_FALSE(open.empty());
  for (const bool right : {false, true}) {
    ui::UiOptions options;
    options.start_screen = ui::ScreenId::kSignup;
    HeadlessUi h(db, options);
    h.Settle();
    const auto row = h.targets().Find(open[0].title);
    ASSERT_TRUE(row);
    h.TapAt(ImVec2(right ? row->x + row->w - 4 : row->x + 4, row->center_y()));
    EXPECT_TRUE(h.targets().Find("下一步"))
        << "the keypad did not open" << (right ? " (right end)" : " (left end)");
  }
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
