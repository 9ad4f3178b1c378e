// Activity search: Chinese text anywhere in the activity, pinyin initials and full pinyin of
// title / place / organizer, several terms at once, filters, limits.
#include "kiosk/core/calendar/activity_search.h"

#include <gtest/gtest.h>

#include <set>

#include "kiosk/core/demo/demo_data.h"
#include "kiosk/core/storage/kiosk_database.h"

namespace kiosk {
namespace {

SearchDocument Doc(int64_t id, std::string title, std::string body = "", std::string venue = "",
                   std::string organizer = "", int64_t category = 1, int64_t site = 1) {
  SearchDocument d;
  d.event_id = id;
  d.next_occurrence_id = id * 10;
  d.title = std::move(title);
  d.body = std::move(body);
  d.venue = std::move(venue);
  d.organizer = std::move(organizer);
  d.site = "福圣社区";
  d.category_id = category;
  d.site_id = site;
  return d;
}

std::set<int64_t> Events(const ActivitySearchIndex& index, std::string_view query,
                         const CalendarFilter& f = {}) {
  std::set<int64_t> ids;
  for (size_t i : index.Search(query, f).documents) ids.insert(index.document(i).event_id);
  return ids;
}

ActivitySearchIndex SmallIndex() {
  return ActivitySearchIndex({
      Doc(1, "快乐4点半", "放学后的作业辅导", "福圣社区 活动室", "北京感恩基金"),
      Doc(2, "阳光乡贤调解室开放", "调解邻里纠纷", "阳光村 调解室", "阳光乡贤", 5, 5),
      Doc(3, "存旧瓶筑新绿·环保手工课", "把废旧塑料瓶变成花盆", "同福社区 青少年活动室", "成都信息工程大学",
          3, 4),
      Doc(4, "志愿者巡逻", "平安巡逻", "丽阳社区", "巡逻志愿服务队", 4, 3),
  });
}

TEST(HanPinyin, TonelessLowercaseReadings) {
  HanPinyin p;
  EXPECT_EQ(p.Of(U'快'), "kuai");
  EXPECT_EQ(p.Of(U'乐'), "le");
  EXPECT_EQ(p.Of(U'绿'), "lu");  // lǜ through Latin-ASCII
  EXPECT_EQ(p.Of(U'A'), "");
  EXPECT_EQ(p.Of(U'·'), "");
}

TEST(ActivitySearch, ChineseMatchesTitleBodyPlaceAndOrganizer) {
  const auto index = SmallIndex();
  EXPECT_EQ(Events(index, "调解"), (std::set<int64_t>{2}));
  EXPECT_EQ(Events(index, "塑料瓶"), (std::set<int64_t>{3}));         // body
  EXPECT_EQ(Events(index, "活动室"), (std::set<int64_t>{1, 3}));      // place
  EXPECT_EQ(Events(index, "感恩"), (std::set<int64_t>{1}));           // organizer
  EXPECT_EQ(Events(index, "福圣"), (std::set<int64_t>{1, 2, 3, 4}));  // community of all four
  EXPECT_TRUE(Events(index, "调瓶").empty()) << "both characters occur, never in a row";
  EXPECT_TRUE(Events(index, "麒麟").empty());
}

TEST(ActivitySearch, LatinMatchesInitialsAndFullPinyin) {
  const auto index = SmallIndex();
  EXPECT_EQ(Events(index, "kl"), (std::set<int64_t>{1}));
  EXPECT_EQ(Events(index, "kl4"), (std::set<int64_t>{1}));
  EXPECT_EQ(Events(index, "kuaile"), (std::set<int64_t>{1}));
  EXPECT_EQ(Events(index, "KuaiLe"), (std::set<int64_t>{1}));
  EXPECT_EQ(Events(index, "xl"), (std::set<int64_t>{3, 4}));  // 新绿, 巡逻
  EXPECT_EQ(Events(index, "xunluo"), (std::set<int64_t>{4}));
  EXPECT_EQ(Events(index, "hb"), (std::set<int64_t>{3}));    // 环保
  EXPECT_EQ(Events(index, "cdxx"), (std::set<int64_t>{3}));  // organizer 成都信息...
  EXPECT_TRUE(Events(index, "qqqq").empty());
}

TEST(ActivitySearch, EveryTermMustMatch) {
  const auto index = SmallIndex();
  EXPECT_EQ(Events(index, "活动室 kl"), (std::set<int64_t>{1}));
  EXPECT_EQ(Events(index, "活动室hb"), (std::set<int64_t>{3}));
  EXPECT_TRUE(Events(index, "调解 kl").empty());
  EXPECT_TRUE(Events(index, "").empty());
  EXPECT_TRUE(Events(index, "  ").empty());
}

TEST(ActivitySearch, TypingNarrowsTheList) {
  const auto index = SmallIndex();
  size_t previous = index.size();
  for (const char* typed : {"x", "xl", "xlz"}) {
    const size_t n = index.Search(typed).documents.size();
    EXPECT_LE(n, previous) << typed;
    previous = n;
  }
  EXPECT_EQ(Events(index, "x").count(4), 1u);
}

TEST(ActivitySearch, FiltersApply) {
  const auto index = SmallIndex();
  CalendarFilter env;
  env.category_ids = {3};
  EXPECT_EQ(Events(index, "活动室", env), (std::set<int64_t>{3}));
  CalendarFilter site;
  site.site_id = 1;
  EXPECT_EQ(Events(index, "活动室", site), (std::set<int64_t>{1}));
}

TEST(ActivitySearch, LimitStopsEarlyAndSaysThereIsMore) {
  std::vector<SearchDocument> docs;
  for (int i = 0; i < 50; ++i) docs.push_back(Doc(i, "社区活动" + std::to_string(i)));
  ActivitySearchIndex index(std::move(docs));
  const auto r = index.Search("活动", {}, 10);
  ASSERT_EQ(r.documents.size(), 10u);
  EXPECT_TRUE(r.more);
  for (size_t i = 0; i < 10; ++i) EXPECT_EQ(r.documents[i], i) << "document order (soonest first)";
  EXPECT_FALSE(index.Search("活动", {}, 50).more);
}

TEST(ActivitySearch, MayMatchOnlyWhatTheTextHolds) {
  const auto index = SmallIndex();
  EXPECT_TRUE(index.MayMatch("调解"));
  EXPECT_TRUE(index.MayMatch("解调"));  // characters, not words
  EXPECT_FALSE(index.MayMatch("麒麟"));
  EXPECT_FALSE(index.MayMatch(""));
}

TEST(ActivitySearch, DemoDocumentsAreTheUpcomingActivitiesSoonestFirst) {
  db::Database db = OpenKioskDatabase(":memory:", true);
  LoadDemoData(db, KIOSK_DEMO_DIR, {2026, 11, 27});
  const auto docs = LoadSearchDocuments(db, {{2026, 11, 27}, 0, 0});
  ASSERT_GE(docs.size(), 30u);
  for (size_t i = 1; i < docs.size(); ++i) EXPECT_LE(docs[i - 1].next_start, docs[i].next_start);
  for (const auto& d : docs) EXPECT_GE(d.next_start.date, (LocalDate{2026, 11, 27})) << d.title;
  ActivitySearchIndex index(docs);
  const auto r = index.Search("kl");
  ASSERT_FALSE(r.documents.empty());
  EXPECT_EQ(index.document(r.documents[0]).title.rfind("快乐4点半", 0), 0u);
  const auto bottles = index.Search("存旧瓶");
  ASSERT_EQ(bottles.documents.size(), 1u);
  EXPECT_EQ(index.document(bottles.documents[0]).next_start.date, (LocalDate{2026, 11, 28}));
}

}  // namespace
}  // namespace kiosk
