// tests/ui/attract_loop_test.cpp — the attract loop after the idle reset: today's and tomorrow's
// activities one at a time, a change every 8 s and no frame asked for in between, and a tap
// anywhere that goes home without tapping what lies under it.
#include <gtest/gtest.h>

#include <string>

#include "flow_test_support.h"
#include "kiosk/core/calendar/home_listing.h"
#include "kiosk/ui/screen_id.h"
#include "kiosk/ui/screens/attract.h"

namespace kiosk::test {
namespace {

constexpr double kIdle = 60;

std::unique_ptr<HeadlessUi> OpenAtRest(db::Database& db) {
  auto h = std::make_unique<HeadlessUi>(db, ui::UiOptions{});
  h->Wait(kIdle + 0.5);  // nobody touched it since the start
  return h;
}

TEST(AttractLoop, StartsWhenNobodyIsThereAndShowsTodaysAndTomorrowsActivities) {
  db::Database db = DemoDatabase();
  auto h = OpenAtRest(db);
  ASSERT_TRUE(h->ui().attract_shown());
  std::string seen;
  for (int slide = 0; slide < 40; ++slide) {
    seen += h->FrameText();
    h->Wait(ui::AttractScreen::kSlideSeconds);
  }
  EXPECT_NE(seen.find("轻触屏幕开始"), std::string::npos);
  const auto tomorrow = OccurrencesOnDay(db, TestNow().date.AddDays(1));
  ASSERT_FALSE(tomorrow.empty());
  EXPECT_NE(seen.find(tomorrow.front().title), std::string::npos) << "tomorrow's activities";
  EXPECT_NE(seen.find("明日活动"), std::string::npos);
  EXPECT_NE(seen.find("今日活动"), std::string::npos);
}

TEST(AttractLoop, ChangesEveryEightSecondsAndAsksForNoFrameInBetween) {
  db::Database db = DemoDatabase();
  auto h = OpenAtRest(db);
  ASSERT_TRUE(h->ui().attract_shown());
  const auto due = h->ui().SecondsUntilNextDeadline();
  ASSERT_TRUE(due);
  EXPECT_GT(*due, 7.0) << "nothing to draw until the next slide";
  EXPECT_LE(*due, ui::AttractScreen::kSlideSeconds);
  EXPECT_FALSE(h->ui().ShowsTheMinute()) << "no clock redraw each minute";
  const std::string first = h->FrameText();
  h->Wait(*due - 0.5);
  EXPECT_EQ(h->FrameText(), first) << "the same slide until its time";
  h->Wait(1);
  EXPECT_NE(h->FrameText(), first) << "the next slide";
}

TEST(AttractLoop, ATapGoesHomeAndDoesNotTapWhatLiesUnder) {
  db::Database db = DemoDatabase();
  ui::UiOptions options;
  HeadlessUi h(db, options);
  // Where home's tiles are: the tap on the attract loop lands right on them.
  for (const char* tile : {"报名参加", "大字", "English"}) {
    SCOPED_TRACE(tile);
    const auto target = h.targets().Find(tile);
    ASSERT_TRUE(target);
    h.Wait(kIdle + 20);
    ASSERT_TRUE(h.ui().attract_shown());
    EXPECT_FALSE(h.targets().Find(tile)) << "home is not drawn under the attract loop";
    h.TapAt(ImVec2(target->center_x(), target->center_y()));
    EXPECT_FALSE(h.ui().attract_shown());
    EXPECT_EQ(h.ui().current_screen(), ui::ScreenId::kHome);
    EXPECT_FALSE(h.ui().large_text());
    EXPECT_EQ(h.ui().lang(), ui::Lang::kZh);
    EXPECT_TRUE(h.targets().Find(tile)) << "home, ready for the next tap";
  }
}

}  // namespace
}  // namespace kiosk::test
