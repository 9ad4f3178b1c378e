// Search: tapping keyboard keys narrows the results as letters are typed (pinyin initials and
// full pinyin), a candidate puts Chinese into the query, 删除 and 清空 undo.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "headless_ui.h"

namespace kiosk::test {
namespace {

// Titles of the result rows on screen (rows are the wide targets under the query field, labelled
// "title date time").
std::set<std::string> ResultTitles(const HeadlessUi& h, const std::set<std::string>& known) {
  std::set<std::string> shown;
  for (const auto& t : h.targets().last_frame())
    for (const std::string& title : known)
      if (t.label.starts_with(title + " ")) shown.insert(title);
  return shown;
}

std::set<std::string> AllTitles(db::Database& db) {
  std::set<std::string> titles;
  db::Statement q(db, "SELECT title FROM events");
  while (q.Step()) titles.insert(q.ColumnText(0));
  return titles;
}

void OpenSearch(HeadlessUi& h) {
  ASSERT_TRUE(h.Tap("活动日历"));
  ASSERT_TRUE(h.Tap("搜索"));
  ASSERT_EQ(h.ui().calendar_view(), ui::CalendarView::kSearch);
}

TEST(CalendarSearch, TypingInitialsNarrowsTheList) {
  db::Database db = DemoDatabase();
  const auto titles = AllTitles(db);
  HeadlessUi h(db, {});
  OpenSearch(h);
  const size_t before = ResultTitles(h, titles).size();
  ASSERT_GE(before, 3u) << "an empty query lists what is coming up";
  ASSERT_TRUE(h.Tap("K"));
  const auto after_k = ResultTitles(h, titles);
  ASSERT_TRUE(h.Tap("L"));
  const auto after_kl = ResultTitles(h, titles);
  EXPECT_LE(after_kl.size(), after_k.size());
  EXPECT_LT(after_kl.size(), before);
  ASSERT_FALSE(after_kl.empty());
  for (const std::string& t : after_kl) EXPECT_TRUE(t.find("快乐") != std::string::npos) << t;
  EXPECT_EQ(h.ui().calendar_view(), ui::CalendarView::kSearch);
  // A letter that matches nothing empties the list and says so.
  ASSERT_TRUE(h.Tap("Q"));
  EXPECT_TRUE(ResultTitles(h, titles).empty());
  EXPECT_NE(h.FrameText().find("没有找到，请换个拼音"), std::string::npos);
  ASSERT_TRUE(h.Tap("删除"));
  EXPECT_EQ(ResultTitles(h, titles), after_kl);
}

TEST(CalendarSearch, PinyinCandidateTurnsLettersIntoChinese) {
  db::Database db = DemoDatabase();
  const auto titles = AllTitles(db);
  HeadlessUi h(db, {});
  OpenSearch(h);
  for (const char* key : {"T", "I", "A", "O", "J", "I", "E"}) ASSERT_TRUE(h.Tap(key));
  // 调解 is offered (libgooglepinyin) because the activities' text holds it.
  ASSERT_TRUE(h.targets().Find("调解")) << "candidate missing";
  ASSERT_TRUE(h.Tap("调解"));
  const auto shown = ResultTitles(h, titles);
  EXPECT_TRUE(shown.count("阳光乡贤调解室开放"));
  EXPECT_LT(shown.size(), 10u) << "only activities whose text holds 调解";
  EXPECT_NE(h.FrameText().find("调解"), std::string::npos);
  ASSERT_TRUE(h.Tap("清空"));
  EXPECT_GT(ResultTitles(h, titles).size(), shown.size() - 1) << "cleared: the upcoming list again";
}

TEST(CalendarSearch, AResultOpensTheActivityAndBackReturnsToTheResults) {
  db::Database db = DemoDatabase();
  HeadlessUi h(db, {});
  OpenSearch(h);
  for (const char* key : {"C", "J", "P"}) ASSERT_TRUE(h.Tap(key));  // 存旧瓶
  ASSERT_TRUE(h.TapPrefix("存旧瓶筑新绿·环保手工课 "));
  EXPECT_EQ(h.ui().calendar_view(), ui::CalendarView::kDetail);
  EXPECT_NE(h.FrameText().find("已满"), std::string::npos) << "the next date (28th) is the full one";
  ASSERT_TRUE(h.Tap("返回"));
  EXPECT_EQ(h.ui().calendar_view(), ui::CalendarView::kSearch);
  EXPECT_TRUE(h.FindPrefix("存旧瓶筑新绿·环保手工课 ")) << "the query is kept";
}

TEST(CalendarSearch, FiltersApplyToResults) {
  db::Database db = DemoDatabase();
  const auto titles = AllTitles(db);
  HeadlessUi h(db, {});
  ASSERT_TRUE(h.Tap("活动日历"));
  ASSERT_TRUE(h.Tap("筛选"));
  ASSERT_TRUE(h.Tap("阳光村"));
  ASSERT_TRUE(h.Tap("完成"));
  ASSERT_TRUE(h.Tap("搜索"));
  for (const char* key : {"K", "F"}) ASSERT_TRUE(h.Tap(key));  // 开放 by initials
  const auto shown = ResultTitles(h, titles);
  ASSERT_FALSE(shown.empty());
  std::set<std::string> at_yangguang;
  db::Statement q(db,
                  "SELECT e.title FROM events e JOIN sites s ON s.id = e.site_id WHERE s.code = 'yangguang'");
  while (q.Step()) at_yangguang.insert(q.ColumnText(0));
  for (const std::string& t : shown) EXPECT_TRUE(at_yangguang.count(t)) << t << " is not at 阳光村";
}

}  // namespace
}  // namespace kiosk::test
