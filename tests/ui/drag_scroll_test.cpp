// Drag-to-scroll: a drag over the activity list scrolls it and never counts as a tap.
#include <gtest/gtest.h>

#include "headless_ui.h"
#include "kiosk/core/home_listing.h"

namespace kiosk::test {
namespace {

TEST(DragScroll, DraggingTheListScrollsItWithoutOpeningAnything) {
  db::Database db = DemoDatabase();
  HeadlessUi h(db, {});
  const auto today = OccurrencesOnDay(db, TestNow().date);
  ASSERT_FALSE(today.empty());
  const auto first = h.targets().Find(today.front().title);
  ASSERT_TRUE(first);
  // Start the drag on a row (which would open it if this were a tap) and pull upwards.
  const ImVec2 from(first->center_x(), first->center_y() + 200);
  h.Drag(from, ImVec2(from.x, from.y - 300), 15);
  EXPECT_EQ(h.ui().current_screen(), ui::ScreenId::kHome) << "a drag must not tap the row under it";
  const auto after = h.targets().Find(today.front().title);
  const float moved = after ? first->y - after->y : 1e9f;  // scrolled out of view counts as moved
  EXPECT_GT(moved, 150.0f) << "the list did not follow the finger";
}

TEST(DragScroll, ADragThatEndsWhereItStartedIsStillNotATap) {
  db::Database db = DemoDatabase();
  HeadlessUi h(db, {});
  const auto tile = h.targets().Find("活动日历");
  ASSERT_TRUE(tile);
  const ImVec2 c(tile->center_x(), tile->center_y());
  ImGuiIO& io = ImGui::GetIO();
  io.MousePos = c;
  h.Frame();
  io.MouseDown[0] = true;
  h.Frame();
  io.MousePos = ImVec2(c.x, c.y + 120);
  h.Frame();
  io.MousePos = c;
  h.Frame();
  io.MouseDown[0] = false;
  h.Frame();
  h.Settle();
  EXPECT_EQ(h.ui().current_screen(), ui::ScreenId::kHome);
}

TEST(DragScroll, ASmallWobbleIsStillATap) {
  db::Database db = DemoDatabase();
  HeadlessUi h(db, {});
  const auto tile = h.targets().Find("活动日历");
  ASSERT_TRUE(tile);
  const ImVec2 c(tile->center_x(), tile->center_y());
  ImGuiIO& io = ImGui::GetIO();
  io.MousePos = c;
  h.Frame();
  io.MouseDown[0] = true;
  h.Frame();
  io.MousePos = ImVec2(c.x + 3, c.y + 3);  // a finger is never perfectly still
  h.Frame();
  io.MouseDown[0] = false;
  h.Frame();
  h.Settle();
  EXPECT_EQ(h.ui().current_screen(), ui::ScreenId::kCalendar);
}

}  // namespace
}  // namespace kiosk::test
