// Page buttons under a scrolling list (issue 11): 下一页 shows the rows below, 上一页 comes back;
// a button that does not apply (上一页 on the first page) is not there.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "headless_ui.h"
#include "kiosk/core/calendar/home_listing.h"
#include "kiosk/ui/screen_id.h"
#include "kiosk/ui/theme.h"

namespace kiosk::test {
namespace {

std::set<std::string> RowTargets(const HeadlessUi& h, const std::vector<OccurrenceSummary>& listed) {
  std::set<std::string> rows;
  for (const OccurrenceSummary& o : listed)
    if (h.targets().Find(RowLabel(o))) rows.insert(RowLabel(o));
  return rows;
}

TEST(ElderPager, NextPageShowsTheRowsBelowAndPreviousComesBack) {
  db::Database db = DemoDatabase();
  std::vector<OccurrenceSummary> listed = OccurrencesOnDay(db, TestNow().date);
  for (const OccurrenceSummary& o : UpcomingOccurrences(db, LocalDateTime{TestNow().date, 23, 59}, 12))
    listed.push_back(o);
  HeadlessUi h(db, {});
  h.Settle();  // the list knows its height from the frame before
  const std::set<std::string> first = RowTargets(h, listed);
  ASSERT_FALSE(first.empty());
  EXPECT_FALSE(h.targets().Find("上一页")) << "no 上一页 on the first page";
  ASSERT_TRUE(h.Tap("下一页"));
  const std::set<std::string> second = RowTargets(h, listed);
  ASSERT_FALSE(second.empty());
  EXPECT_NE(second, first) << "下一页 changed nothing";
  EXPECT_FALSE(second.count(*first.begin())) << "the first row is still there after 下一页";
  EXPECT_EQ(h.ui().current_screen(), ui::ScreenId::kHome) << "a page button opens nothing";
  ASSERT_TRUE(h.Tap("上一页"));
  EXPECT_EQ(RowTargets(h, listed), first) << "上一页 did not come back to the first page";
}

// The booking room list turns by page with the same bar as every list: its rows (the rooms, each
// 1.6 targets tall) change with 下一页 and come back with 上一页, and nothing opens.
std::set<std::string> RoomRows(const HeadlessUi& h) {
  std::set<std::string> rows;
  for (const ui::Target& t : h.targets().last_frame())
    if (t.h >= ui::MinTargetPx() * 1.5f && t.label != "我已到达") rows.insert(t.label);
  return rows;
}

TEST(ElderPager, TheRoomListTurnsByPage) {
  db::Database db = DemoDatabase();
  ui::UiOptions options;
  options.start_screen = ui::ScreenId::kRoomBooking;
  options.large_text = true;  // fewer rows per page: the 17 rooms of the demo take several
  HeadlessUi h(db, options);
  h.Settle();
  const std::set<std::string> first = RoomRows(h);
  ASSERT_FALSE(first.empty());
  EXPECT_FALSE(h.targets().Find("上一页")) << "no 上一页 on the first page";
  ASSERT_TRUE(h.Tap("下一页"));
  const std::set<std::string> second = RoomRows(h);
  ASSERT_FALSE(second.empty());
  EXPECT_FALSE(second.count(*first.begin())) << "the first room is still there after 下一页";
  EXPECT_EQ(h.ui().current_screen(), ui::ScreenId::kRoomBooking);
  ASSERT_TRUE(h.Tap("上一页"));
  EXPECT_EQ(RoomRows(h), first);
}

}  // namespace
}  // namespace kiosk::test
