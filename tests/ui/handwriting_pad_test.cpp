// The 手写 pad: from home's 找活动, a character written with finger drags on the pad is
// recognised, its candidate goes into the search, 重写 clears the pad, and the sign-up name step
// takes a written surname the same way.
#include <gtest/gtest.h>

#include <optional>
#include <set>
#include <string>

#include "flow_test_support.h"
#include "headless_ui.h"
#include "kiosk/core/calendar/activity_search.h"
#include "kiosk/ui/screen_id.h"
#include "kiosk/ui/theme.h"

namespace kiosk::test {
namespace {

std::set<std::string> AllTitles(db::Database& db) {
  std::set<std::string> titles;
  db::Statement q(db, "SELECT title FROM events");
  while (q.Step()) titles.insert(q.ColumnText(0));
  return titles;
}

// The known title a row's target names ("快乐4点半 12月2日 16:30" → "快乐4点半"), if any.
std::optional<std::string> TitleOfRow(const std::string& label, const std::set<std::string>& known) {
  for (const std::string& title : known)
    if (label.rfind(title + " ", 0) == 0) return title;
  return std::nullopt;
}

std::set<std::string> ResultTitles(const HeadlessUi& h, const std::set<std::string>& known) {
  std::set<std::string> shown;
  for (const auto& t : h.targets().last_frame())
    if (const auto title = TitleOfRow(t.label, known)) shown.insert(*title);
  return shown;
}

// A point on the pad, (u, v) in 0..1 across it.
ImVec2 On(const ui::Target& pad, float u, float v) { return ImVec2(pad.x + pad.w * u, pad.y + pad.h * v); }

bool HasTarget(const HeadlessUi& h, const std::string& label) {
  for (const auto& t : h.targets().last_frame())
    if (t.label == label) return true;
  return false;
}

TEST(HandwritingPad, WrittenCharacterSearchesFromHome) {
  db::Database db = DemoDatabase();
  const auto titles = AllTitles(db);
  HeadlessUi h(db, {});
  ASSERT_TRUE(h.Tap("找活动"));
  ASSERT_EQ(h.ui().calendar_view(), ui::CalendarView::kSearch);
  const auto before = ResultTitles(h, titles);
  ASSERT_TRUE(h.Tap("手写"));
  const auto pad = h.FindPrefix("手写板");
  ASSERT_TRUE(pad);
  EXPECT_FALSE(HasTarget(h, "Q")) << "the pad replaces the letter keys";
  // 工: a short top stroke, the vertical, a long bottom stroke.
  h.Drag(On(*pad, 0.3f, 0.25f), On(*pad, 0.7f, 0.25f));
  h.Drag(On(*pad, 0.5f, 0.25f), On(*pad, 0.5f, 0.8f));
  h.Drag(On(*pad, 0.2f, 0.8f), On(*pad, 0.8f, 0.8f));
  ASSERT_TRUE(HasTarget(h, "工")) << "工 is among the candidates";
  ASSERT_TRUE(h.Tap("工"));
  // The list is what searching 工 finds (titles, places, descriptions), no longer the browse list.
  const ActivitySearchIndex index(LoadSearchDocuments(db, LocalDateTime{TestNow().date, 0, 0}));
  std::set<std::string> found;
  for (size_t i : index.Search("工", {}, 100).documents) found.insert(index.document(i).title);
  const auto shown = ResultTitles(h, titles);
  ASSERT_FALSE(shown.empty());
  EXPECT_NE(shown, before);
  for (const std::string& t : shown) EXPECT_TRUE(found.count(t)) << t << " does not mention 工";
  EXPECT_FALSE(HasTarget(h, "工")) << "the pad is clean for the next character";
  // 重写 forgets a wrong character; 拼音 brings the letters back.
  h.Drag(On(*pad, 0.2f, 0.5f), On(*pad, 0.8f, 0.5f));
  EXPECT_TRUE(HasTarget(h, "一"));
  ASSERT_TRUE(h.Tap("重写"));
  EXPECT_FALSE(HasTarget(h, "一"));
  ASSERT_TRUE(h.Tap("拼音"));
  EXPECT_TRUE(HasTarget(h, "Q"));
  EXPECT_EQ(ResultTitles(h, titles), shown) << "what was written stays in the query";
  // Back from a search opened at home goes home.
  ASSERT_TRUE(h.Tap("返回"));
  EXPECT_EQ(h.ui().current_screen(), ui::ScreenId::kHome);
}

TEST(HandwritingPad, TargetsAreBigEnough) {
  db::Database db = DemoDatabase();
  HeadlessUi h(db, {});
  ASSERT_TRUE(h.Tap("找活动"));
  ASSERT_TRUE(h.Tap("手写"));
  const auto pad = h.FindPrefix("手写板");
  ASSERT_TRUE(pad);
  h.Drag(On(*pad, 0.2f, 0.5f), On(*pad, 0.8f, 0.5f));
  for (const char* label : {"重写", "删除", "拼音", "一"}) {
    const auto t = h.FindPrefix(label);
    ASSERT_TRUE(t) << label;
    EXPECT_GE(t->w, ui::MinTargetPx()) << label;
    EXPECT_GE(t->h, ui::MinTargetPx()) << label;
  }
  EXPECT_GE(pad->w, 4 * ui::MinTargetPx());
  EXPECT_GE(pad->h, 3 * ui::MinTargetPx());
}

// The name step at sign-up: 手写 replaces the letter keys with the pad (never both side by side);
// a name written character by character is saved as written.
TEST(HandwritingPad, NameWrittenOnTheSignupNameStepThroughTheToggle) {
  db::Database db = DemoDatabase();
  ui::UiOptions options;
  options.start_screen = ui::ScreenId::kSignup;
  options.start_occurrence = OpenOccurrenceWithSeats(db);
  HeadlessUi h(db, options);
  h.Settle();
  TypeDigits(h, "13812345678");
  ASSERT_TRUE(h.Tap("下一步"));
  ASSERT_TRUE(HasTarget(h, "Q")) << "the name step opens with the pinyin keys";
  ASSERT_TRUE(h.Tap("手写"));
  const auto pad = h.FindPrefix("手写板");
  ASSERT_TRUE(pad);
  EXPECT_FALSE(HasTarget(h, "Q")) << "the pad replaces the letter keys";
  EXPECT_FALSE(HasTarget(h, "手写")) << "the toggle now says 拼音";
  // As big as the keyboard it replaces: most of the width, three key rows high.
  EXPECT_GE(pad->w, h.display().x * 0.5f);
  EXPECT_GE(pad->h, 3 * ui::MinTargetPx());
  h.Drag(On(*pad, 0.3f, 0.25f), On(*pad, 0.7f, 0.25f));
  h.Drag(On(*pad, 0.5f, 0.25f), On(*pad, 0.5f, 0.8f));
  h.Drag(On(*pad, 0.2f, 0.8f), On(*pad, 0.8f, 0.8f));
  ASSERT_TRUE(h.Tap("工"));
  ASSERT_TRUE(h.Tap("下一步"));
  ASSERT_TRUE(h.Tap("确认报名"));
  db::Statement q(db, "SELECT display_name FROM signups WHERE occurrence_id = ?1 AND phone_last4 = '5678'");
  q.Bind(1, *options.start_occurrence);
  ASSERT_TRUE(q.Step());
  EXPECT_EQ(q.ColumnText(0), "工");
}

// Those who type nothing: 找活动, then 筛选 by type, and the list shows only that type.
TEST(HandwritingPad, SearchBrowsesByCategoryWithTapsOnly) {
  db::Database db = DemoDatabase();
  HeadlessUi h(db, {});
  ASSERT_TRUE(h.Tap("找活动"));
  ASSERT_TRUE(h.Tap("筛选"));
  ASSERT_EQ(h.ui().calendar_view(), ui::CalendarView::kFilters);
  const std::string category = "环保";
  ASSERT_TRUE(h.Tap(category));
  ASSERT_TRUE(h.Tap("完成"));
  ASSERT_EQ(h.ui().calendar_view(), ui::CalendarView::kSearch);
  db::Statement titles(db,
                       "SELECT e.title, c.name_zh FROM events e JOIN categories c ON c.id = e.category_id");
  std::set<std::string> of_category, others;
  while (titles.Step())
    (titles.ColumnText(1) == category ? of_category : others).insert(titles.ColumnText(0));
  size_t shown = 0;
  for (const auto& t : h.targets().last_frame()) {
    const auto mine = TitleOfRow(t.label, of_category), other = TitleOfRow(t.label, others);
    EXPECT_FALSE(other && !mine) << t.label << " is not " << category;
    shown += mine ? 1 : 0;
  }
  EXPECT_GT(shown, 0u);
}

}  // namespace
}  // namespace kiosk::test
