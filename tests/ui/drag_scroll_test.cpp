// Drag-to-scroll: a drag over the activity list scrolls it and never counts as a tap.
#include <gtest/gtest.h>

#include <algorithm>
#include <optional>

#include "headless_ui.h"
#include "kiosk/core/calendar/home_listing.h"

namespace kiosk::test {
namespace {

TEST(DragScroll, DraggingTheListScrollsItWithoutOpeningAnything) {
  db::Database db = DemoDatabase();
  HeadlessUi h(db, {});
  const auto today = OccurrencesOnDay(db, TestNow().date);
  ASSERT_FALSE(today.empty());
  // Follow a row whose title appears once on screen, well below the top of the list.
  const auto& targets = h.targets().last_frame();
  std::optional<ui::Target> row;
  for (const auto& o : today) {
    const auto n =
        std::count_if(targets.begin(), targets.end(), [&](const auto& t) { return t.label == RowLabel(o); });
    const auto t = h.targets().Find(RowLabel(o));
    if (n == 1 && t && t->y > 450) {
      row = t;
      break;
    }
  }
  ASSERT_TRUE(row) << "no unique row to follow";
  // Start the drag on the row (which would open it if this were a tap) and pull upwards.
  const ImVec2 from(row->center_x(), row->center_y());
  h.Drag(from, ImVec2(from.x, from.y - 300), 15);
  EXPECT_EQ(h.ui().current_screen(), ui::ScreenId::kHome) << "a drag must not tap the row under it";
  const auto after = h.targets().Find(row->label);
  ASSERT_TRUE(after) << row->label;
  // The list follows the finger (less the few pixels a tap may wobble), then glides a little.
  EXPECT_GT(row->y - after->y, 270.0f);
  EXPECT_LT(row->y - after->y, 600.0f);
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
