// Page buttons under a scrolling list (issue 11): 下一页 shows the rows below, 上一页 comes back;
// a button that does not apply (上一页 on the first page) is not there.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "headless_ui.h"
#include "kiosk/core/calendar/home_listing.h"

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

}  // namespace
}  // namespace kiosk::test
