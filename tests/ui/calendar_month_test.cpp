// Calendar month view: counts per day match the database, filters narrow them, a sideways drag
// changes the month without opening a day, a tap opens the day's agenda, 今天 comes back.
#include <gtest/gtest.h>

#include <string>

#include "headless_ui.h"
#include "kiosk/core/calendar/home_listing.h"

namespace kiosk::test {
namespace {

// What the cell of `day` must say: the number of its scheduled activities, by a plain query.
int DbCount(db::Database& db, const std::string& day, const std::string& extra_where = "") {
  return static_cast<int>(
      db::QueryInt(db,
                   "SELECT count(*) FROM occurrences o JOIN events e ON e.id = o.event_id "
                   "JOIN categories c ON c.id = e.category_id JOIN sites s ON s.id = e.site_id "
                   "WHERE o.start_at LIKE '" +
                       day + "%' AND o.status <> 'cancelled' AND e.status <> 'cancelled'" + extra_where));
}

std::string CellLabel(const std::string& day, int count) {
  return count == 0 ? day : day + " " + std::to_string(count) + "项";
}

void OpenCalendar(HeadlessUi& h) {
  ASSERT_TRUE(h.Tap("活动日历"));
  ASSERT_EQ(h.ui().current_screen(), ui::ScreenId::kCalendar);
  ASSERT_EQ(h.ui().calendar_view(), ui::CalendarView::kMonth);
}

TEST(CalendarMonth, EveryDayShowsItsNumberOfActivities) {
  db::Database db = DemoDatabase();
  HeadlessUi h(db, {});
  OpenCalendar(h);
  int checked = 0;
  for (int d = 1; d <= 30; ++d) {
    const std::string day = LocalDate{2026, 11, d}.Iso();
    const int n = DbCount(db, day);
    EXPECT_TRUE(h.targets().Find(CellLabel(day, n))) << "cell of " << day << " should say " << n;
    checked += n > 0;
  }
  EXPECT_GT(checked, 25);
  // A change in the database shows after a reload.
  db.Exec("UPDATE occurrences SET status = 'cancelled' WHERE start_at LIKE '2026-11-27%'");
  h.ui().ReloadData();
  h.Settle();
  EXPECT_TRUE(h.targets().Find("2026-11-27"));
}

TEST(CalendarMonth, CategoryFilterNarrowsTheCounts) {
  db::Database db = DemoDatabase();
  HeadlessUi h(db, {});
  OpenCalendar(h);
  ASSERT_TRUE(h.Tap("筛选"));
  ASSERT_EQ(h.ui().calendar_view(), ui::CalendarView::kFilters);
  ASSERT_TRUE(h.Tap("环保"));
  ASSERT_TRUE(h.Tap("完成"));
  ASSERT_EQ(h.ui().calendar_view(), ui::CalendarView::kMonth);
  EXPECT_TRUE(h.targets().Find("筛选")) << "the filter button keeps its label";
  int narrowed = 0;
  for (int d = 1; d <= 30; ++d) {
    const std::string day = LocalDate{2026, 11, d}.Iso();
    const int all = DbCount(db, day);
    const int env = DbCount(db, day, " AND c.code = 'environment'");
    EXPECT_TRUE(h.targets().Find(CellLabel(day, env))) << day << " should say " << env;
    narrowed += env < all;
  }
  EXPECT_GT(narrowed, 20);
}

TEST(CalendarMonth, SiteFilterNarrowsTheCountsAndAddsUpWithCategories) {
  db::Database db = DemoDatabase();
  HeadlessUi h(db, {});
  OpenCalendar(h);
  ASSERT_TRUE(h.Tap("筛选"));
  ASSERT_TRUE(h.Tap("同福社区"));
  ASSERT_TRUE(h.Tap("完成"));
  for (int d : {1, 12, 27, 28}) {
    const std::string day = LocalDate{2026, 11, d}.Iso();
    EXPECT_TRUE(h.targets().Find(CellLabel(day, DbCount(db, day, " AND s.code = 'tongfu'")))) << day;
  }
  // Both filters at once; 全部社区 then lifts the site filter again.
  ASSERT_TRUE(h.Tap("筛选"));
  ASSERT_TRUE(h.Tap("环保"));
  ASSERT_TRUE(h.Tap("完成"));
  const std::string sat = "2026-11-28";
  EXPECT_TRUE(h.targets().Find(
      CellLabel(sat, DbCount(db, sat, " AND s.code = 'tongfu' AND c.code = 'environment'"))));
  ASSERT_TRUE(h.Tap("筛选"));
  ASSERT_TRUE(h.Tap("全部社区"));
  ASSERT_TRUE(h.Tap("全部类别"));
  ASSERT_TRUE(h.Tap("完成"));
  EXPECT_TRUE(h.targets().Find(CellLabel(sat, DbCount(db, sat))));
}

TEST(CalendarMonth, SidewaysDragChangesTheMonthAndOpensNoDay) {
  db::Database db = DemoDatabase();
  HeadlessUi h(db, {});
  OpenCalendar(h);
  const auto cell = h.FindPrefix("2026-11-12");
  ASSERT_TRUE(cell);
  h.Drag(ImVec2(cell->center_x() + 300, cell->center_y()), ImVec2(cell->center_x() - 300, cell->center_y()),
         12);
  EXPECT_EQ(h.ui().calendar_view(), ui::CalendarView::kMonth) << "a drag must not open a day";
  EXPECT_TRUE(h.FindPrefix("2026-12-12")) << "dragged left: next month";
  EXPECT_FALSE(h.FindPrefix("2026-11-12"));
  // Dragged right twice: October.
  for (int i = 0; i < 2; ++i) {
    const auto c = h.FindPrefix(i == 0 ? "2026-12-16" : "2026-11-18");
    ASSERT_TRUE(c);
    h.Drag(ImVec2(c->center_x() - 300, c->center_y()), ImVec2(c->center_x() + 300, c->center_y()), 12);
  }
  EXPECT_TRUE(h.FindPrefix("2026-10-01"));
  EXPECT_EQ(h.ui().calendar_view(), ui::CalendarView::kMonth);
  // A short wobble is neither a tap nor a month change.
  const auto c = h.FindPrefix("2026-10-14");
  ASSERT_TRUE(c);
  h.Drag(ImVec2(c->center_x(), c->center_y()), ImVec2(c->center_x() + 40, c->center_y()), 6);
  EXPECT_TRUE(h.FindPrefix("2026-10-14"));
  EXPECT_EQ(h.ui().calendar_view(), ui::CalendarView::kMonth);
  ASSERT_TRUE(h.Tap("今天"));
  EXPECT_TRUE(h.FindPrefix("2026-11-27"));
}

TEST(CalendarMonth, MonthButtonsStepOneMonth) {
  db::Database db = DemoDatabase();
  HeadlessUi h(db, {});
  OpenCalendar(h);
  ASSERT_TRUE(h.Tap("下个月"));
  EXPECT_TRUE(h.FindPrefix("2026-12-31"));
  ASSERT_TRUE(h.Tap("下个月"));
  EXPECT_TRUE(h.FindPrefix("2027-01-31"));
  ASSERT_TRUE(h.Tap("上个月"));
  ASSERT_TRUE(h.Tap("上个月"));
  ASSERT_TRUE(h.Tap("上个月"));
  EXPECT_TRUE(h.FindPrefix("2026-10-31"));
}

TEST(CalendarMonth, TappingADayOpensItsAgenda) {
  db::Database db = DemoDatabase();
  HeadlessUi h(db, {});
  OpenCalendar(h);
  const auto cell = h.FindPrefix("2026-11-28");
  ASSERT_TRUE(cell);
  h.TapAt(ImVec2(cell->center_x(), cell->center_y()));
  ASSERT_EQ(h.ui().calendar_view(), ui::CalendarView::kDay);
  const auto day = OccurrencesOnDay(db, LocalDate{2026, 11, 28});
  ASSERT_GE(day.size(), 3u);
  for (size_t i = 0; i < 3; ++i) EXPECT_TRUE(h.targets().Find(RowLabel(day[i]))) << day[i].title;
  ASSERT_TRUE(h.Tap("后一天"));
  EXPECT_TRUE(h.targets().Find(RowLabel(OccurrencesOnDay(db, LocalDate{2026, 11, 29}).front())));
}

TEST(CalendarMonth, FestivalsAndLunarDaysAreInTheCells) {
  db::Database db = DemoDatabase();
  HeadlessUi h(db, {});
  OpenCalendar(h);
  // 2026-11-22 is 小雪 (十月初一 is 11-09): the day agenda names both in its heading.
  const auto cell = h.FindPrefix("2026-11-22");
  ASSERT_TRUE(cell);
  h.TapAt(ImVec2(cell->center_x(), cell->center_y()));
  const std::string agenda = h.FrameText();
  EXPECT_NE(agenda.find("小雪"), std::string::npos) << agenda;
  EXPECT_NE(agenda.find("农历十月十四"), std::string::npos) << agenda;
}

TEST(CalendarWeek, SevenDaysWithTheirActivities) {
  db::Database db = DemoDatabase();
  HeadlessUi h(db, {});
  OpenCalendar(h);
  ASSERT_TRUE(h.Tap("周历"));
  ASSERT_EQ(h.ui().calendar_view(), ui::CalendarView::kWeek);
  // Monday 23rd to Sunday 29th: the first activity of each day is on screen.
  for (int d = 23; d <= 29; ++d) {
    const auto day = OccurrencesOnDay(db, LocalDate{2026, 11, d});
    ASSERT_FALSE(day.empty());
    bool found = false;
    for (const auto& t : h.targets().last_frame()) found |= t.label == RowLabel(day.front());
    EXPECT_TRUE(found) << d;
  }
  ASSERT_TRUE(h.Tap("下一周"));
  EXPECT_TRUE(h.targets().Find(RowLabel(OccurrencesOnDay(db, LocalDate{2026, 11, 30}).front())));
  ASSERT_TRUE(h.Tap("月历"));
  EXPECT_EQ(h.ui().calendar_view(), ui::CalendarView::kMonth);
}

}  // namespace
}  // namespace kiosk::test
