// Home screen: lists today's activities from the database, in time order, with seats left.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "headless_ui.h"
#include "kiosk/core/calendar/home_listing.h"

namespace kiosk::test {
namespace {

TEST(HomeScreen, ListsEveryActivityOfTodayAsATappableRowInTimeOrder) {
  db::Database db = DemoDatabase();
  const auto today = OccurrencesOnDay(db, TestNow().date);
  ASSERT_GE(today.size(), 2u) << "the demo must have activities on any day";
  HeadlessUi h(db, {});
  // The first rows are visible at once and in time order.
  float last_y = -1;
  for (size_t i = 0; i < 3; ++i) {
    const auto row = h.targets().Find(RowLabel(today[i]));
    ASSERT_TRUE(row) << "today's activity not on screen: " << today[i].title;
    EXPECT_GT(row->y, last_y) << today[i].title;
    last_y = row->y;
  }
  // The rest come into view when the list is dragged up.
  std::set<std::string> seen;
  const auto first = h.targets().Find(RowLabel(today[0]));
  for (int drag = 0; drag < 12 && seen.size() < today.size(); ++drag) {
    for (const auto& o : today)
      if (h.targets().Find(RowLabel(o))) seen.insert(o.title);
    h.Drag(ImVec2(first->center_x(), 900), ImVec2(first->center_x(), 500), 10);
  }
  for (const auto& o : today) EXPECT_TRUE(seen.count(o.title)) << "never shown: " << o.title;
}

TEST(HomeScreen, ShowsOnlyWhatTheDatabaseHolds) {
  db::Database db = DemoDatabase();
  // Cancel every occurrence of today: the home screen must not list them any more.
  db.Exec("UPDATE occurrences SET status = 'cancelled' WHERE start_at LIKE '2026-11-27%'");
  HeadlessUi h(db, {});
  for (const auto& t : h.targets().last_frame()) EXPECT_NE(t.label, "快乐4点半") << "cancelled activity shown";
  EXPECT_TRUE(h.targets().Find("活动日历"));
}

TEST(HomeScreen, HasEveryTileAndBothToggles) {
  db::Database db = DemoDatabase();
  HeadlessUi h(db, {});
  for (const char* label : {"活动日历", "报名参加", "志愿者签到", "调解室预约", "我的报名与预约", "大字", "English"})
    EXPECT_TRUE(h.targets().Find(label)) << label;
}

TEST(HomeScreen, LanguageToggleSwitchesToEnglishAndBack) {
  db::Database db = DemoDatabase();
  HeadlessUi h(db, {});
  ASSERT_TRUE(h.Tap("English"));
  EXPECT_EQ(h.ui().lang(), ui::Lang::kEn);
  EXPECT_TRUE(h.targets().Find("Calendar"));
  EXPECT_FALSE(h.targets().Find("活动日历"));
  ASSERT_TRUE(h.Tap("中文"));
  EXPECT_TRUE(h.targets().Find("活动日历"));
}

TEST(HomeScreen, LargeTextEnlargesTheFontAndEveryTarget) {
  db::Database db = DemoDatabase();
  HeadlessUi h(db, {});
  const float font_before = h.font()->FontSize;
  const auto tile_before = h.targets().Find("活动日历");
  ASSERT_TRUE(tile_before);
  ASSERT_TRUE(h.Tap("大字"));
  EXPECT_TRUE(h.ui().large_text());
  EXPECT_NEAR(h.font()->FontSize, font_before * 1.4f, 1.0f);
  // The toggle says it is on in words, not by colour alone: its label is still findable.
  EXPECT_TRUE(h.targets().Find("大字"));
  ASSERT_TRUE(h.Tap("大字"));
  EXPECT_FALSE(h.ui().large_text());
}

}  // namespace
}  // namespace kiosk::test
