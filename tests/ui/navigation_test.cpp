// Navigation: tiles open their screens; every screen has Back and Home; a drag never taps.
#include <gtest/gtest.h>

#include "headless_ui.h"

namespace kiosk::test {
namespace {

using ui::ScreenId;

TEST(Navigation, TappingATileOpensItsScreenAndBackReturns) {
  db::Database db = DemoDatabase();
  HeadlessUi h(db, {});
  ASSERT_TRUE(h.Tap("活动日历"));
  EXPECT_EQ(h.ui().current_screen(), ScreenId::kCalendar);
  ASSERT_TRUE(h.Tap("返回"));
  EXPECT_EQ(h.ui().current_screen(), ScreenId::kHome);
}

TEST(Navigation, EveryTileLeadsToAScreenWithBackAndHome) {
  db::Database db = DemoDatabase();
  HeadlessUi h(db, {});
  const std::pair<const char*, ScreenId> tiles[] = {{"活动日历", ScreenId::kCalendar},
                                                    {"报名参加", ScreenId::kSignup},
                                                    {"志愿者签到", ScreenId::kVolunteer},
                                                    {"调解室预约", ScreenId::kRoomBooking},
                                                    {"我的报名与预约", ScreenId::kMyRecords}};
  for (const auto& [label, screen] : tiles) {
    ASSERT_TRUE(h.Tap(label)) << label;
    EXPECT_EQ(h.ui().current_screen(), screen) << label;
    EXPECT_TRUE(h.targets().Find("返回")) << label;
    ASSERT_TRUE(h.Tap("首页")) << label;
    EXPECT_EQ(h.ui().current_screen(), ScreenId::kHome) << label;
  }
}

TEST(Navigation, ADoubleTapOnATileDoesNotAlsoTapTheNextScreen) {
  db::Database db = DemoDatabase();
  HeadlessUi h(db, {});
  const auto tile = h.targets().Find("活动日历");
  ASSERT_TRUE(tile);
  ImGuiIO& io = ImGui::GetIO();
  io.MousePos = ImVec2(tile->center_x(), tile->center_y());
  for (int tap = 0; tap < 2; ++tap) {  // two quick taps, 2 frames apart
    io.MouseDown[0] = true;
    h.Frame();
    io.MouseDown[0] = false;
    h.Frame();
  }
  h.Settle();
  EXPECT_EQ(h.ui().current_screen(), ScreenId::kCalendar);
  ASSERT_TRUE(h.Tap("返回"));
  EXPECT_EQ(h.ui().current_screen(), ScreenId::kHome) << "one Back must be enough after a double tap";
}

TEST(Navigation, ResetAllReturnsHomeAndRestoresDefaults) {
  db::Database db = DemoDatabase();
  HeadlessUi h(db, {});
  ASSERT_TRUE(h.Tap("English"));
  ASSERT_TRUE(h.Tap("Calendar"));
  ASSERT_EQ(h.ui().current_screen(), ScreenId::kCalendar);
  h.ui().ResetAll();
  h.Settle();
  EXPECT_EQ(h.ui().current_screen(), ScreenId::kHome);
  EXPECT_EQ(h.ui().lang(), ui::Lang::kZh);
  EXPECT_TRUE(h.targets().Find("活动日历"));
}

TEST(Navigation, StartScreenOptionOpensThatScreen) {
  db::Database db = DemoDatabase();
  ui::UiOptions options;
  options.start_screen = ScreenId::kRoomBooking;
  HeadlessUi h(db, options);
  EXPECT_EQ(h.ui().current_screen(), ScreenId::kRoomBooking);
  ASSERT_TRUE(h.Tap("返回"));
  EXPECT_EQ(h.ui().current_screen(), ScreenId::kHome);
}

}  // namespace
}  // namespace kiosk::test

namespace kiosk::test {
namespace {

TEST(Navigation, OnlyScreensShowingTheTimeAskForAMinuteRedraw) {
  db::Database db = DemoDatabase();
  HeadlessUi h(db, {});
  EXPECT_TRUE(h.ui().ShowsTheMinute()) << "home shows the clock";
  ASSERT_TRUE(h.Tap("活动日历"));
  EXPECT_FALSE(h.ui().ShowsTheMinute()) << "the calendar shows no clock: no redraw every minute";
  ASSERT_TRUE(h.Tap("首页"));
  EXPECT_TRUE(h.ui().ShowsTheMinute());
}

}  // namespace
}  // namespace kiosk::test
