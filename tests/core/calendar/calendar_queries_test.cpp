// Calendar queries on the demo data: month counts equal the occurrences of each day, filters
// narrow them, day and week lists, and the detail of the full demo activity.
#include "kiosk/core/calendar/calendar_queries.h"

#include <gtest/gtest.h>

#include "kiosk/core/demo/demo_data.h"
#include "kiosk/core/people/phone_hash.h"
#include "kiosk/core/signup/signups.h"
#include "tests/core/core_test_support.h"

namespace kiosk {
namespace {

constexpr LocalDate kToday{2026, 11, 27};

db::Database Demo() {
  db::Database db = OpenKioskDatabase(":memory:", true);
  LoadDemoData(db, KIOSK_DEMO_DIR, kToday);
  return db;
}

int64_t CategoryId(db::Database& db, const char* code) {
  db::Statement q(db, "SELECT id FROM categories WHERE code = ?1");
  q.Bind(1, code);
  EXPECT_TRUE(q.Step()) << code;
  return q.ColumnInt(0);
}

TEST(CalendarQueries, MonthCountsMatchTheOccurrencesOfEachDay) {
  db::Database db = Demo();
  const auto days = MonthCounts(db, 2026, 11, {});
  ASSERT_EQ(days.size(), 30u);
  int month_total = 0;
  for (const DayCount& d : days) {
    EXPECT_EQ(d.total, static_cast<int>(OccurrencesOnDay(db, d.date, CalendarFilter{}).size()))
        << d.date.Iso();
    int by_category = 0;
    for (const auto& [id, n] : d.by_category) by_category += n;
    EXPECT_EQ(by_category, d.total);
    month_total += d.total;
  }
  EXPECT_EQ(month_total, db::QueryInt(db,
                                      "SELECT count(*) FROM occurrences o JOIN events e ON e.id = o.event_id "
                                      "WHERE o.start_at LIKE '2026-11-%' AND o.status <> 'cancelled' "
                                      "AND e.status <> 'cancelled'"));
  EXPECT_GT(month_total, 100);
}

TEST(CalendarQueries, CategoryAndSiteFiltersNarrowTheCounts) {
  db::Database db = Demo();
  CalendarFilter env;
  env.category_ids = {CategoryId(db, "environment")};
  const auto all = MonthCounts(db, 2026, 11, {});
  const auto only_env = MonthCounts(db, 2026, 11, env);
  int total_all = 0, total_env = 0;
  for (size_t i = 0; i < all.size(); ++i) {
    EXPECT_LE(only_env[i].total, all[i].total);
    total_all += all[i].total;
    total_env += only_env[i].total;
    for (const auto& [id, n] : only_env[i].by_category) EXPECT_EQ(id, *env.category_ids.begin());
  }
  EXPECT_GT(total_env, 0);
  EXPECT_LT(total_env, total_all);

  CalendarFilter site;
  site.site_id = db::QueryInt(db, "SELECT id FROM sites WHERE code = 'tongfu'");
  for (const auto& o : OccurrencesBetween(db, {2026, 11, 1}, {2026, 11, 30}, site)) {
    EXPECT_EQ(o.site_id, *site.site_id);
    EXPECT_EQ(o.summary.site, "同福社区");
  }
  // Both together: only environment activities at 同福社区 (存旧瓶筑新绿 is one).
  CalendarFilter both = env;
  both.site_id = site.site_id;
  const auto list = OccurrencesOnDay(db, {2026, 11, 28}, both);
  ASSERT_FALSE(list.empty());
  for (const auto& o : list) EXPECT_EQ(o.summary.category, "环保");
}

TEST(CalendarQueries, TwoCategoriesAddUp) {
  db::Database db = Demo();
  CalendarFilter a, b, ab;
  a.category_ids = {CategoryId(db, "party")};
  b.category_ids = {CategoryId(db, "council")};
  ab.category_ids = {CategoryId(db, "party"), CategoryId(db, "council")};
  const auto la = OccurrencesBetween(db, {2026, 11, 1}, {2026, 12, 31}, a);
  const auto lb = OccurrencesBetween(db, {2026, 11, 1}, {2026, 12, 31}, b);
  const auto lab = OccurrencesBetween(db, {2026, 11, 1}, {2026, 12, 31}, ab);
  EXPECT_EQ(lab.size(), la.size() + lb.size());
}

TEST(CalendarQueries, CancelledOccurrencesAreNotCounted) {
  db::Database db = Demo();
  const int before = MonthCounts(db, 2026, 11, {})[26].total;  // the 27th
  ASSERT_GT(before, 0);
  db.Exec(
      "UPDATE occurrences SET status = 'cancelled' WHERE id = (SELECT min(id) FROM occurrences "
      "WHERE start_at LIKE '2026-11-27%')");
  EXPECT_EQ(MonthCounts(db, 2026, 11, {})[26].total, before - 1);
}

TEST(CalendarQueries, ListsAreInTimeOrderAndCarryTheCategoryColour) {
  db::Database db = Demo();
  const auto week = OccurrencesBetween(db, {2026, 11, 23}, {2026, 11, 29}, {});
  ASSERT_GT(week.size(), 10u);
  for (size_t i = 1; i < week.size(); ++i) EXPECT_LE(week[i - 1].summary.start, week[i].summary.start);
  EXPECT_GE(week.front().summary.start.date, (LocalDate{2026, 11, 23}));
  EXPECT_LE(week.back().summary.start.date, (LocalDate{2026, 11, 29}));
  for (const auto& o : week) EXPECT_NE(o.category_rgb, 0u);
}

TEST(CalendarQueries, DetailOfTheFullDemoActivity) {
  db::Database db = Demo();
  const int64_t occurrence = db::QueryInt(
      db,
      "SELECT o.id FROM occurrences o JOIN events e ON e.id = o.event_id WHERE e.uid = 'ta-bottles' "
      "AND o.start_at >= '2026-11-27' ORDER BY o.start_at LIMIT 1");
  const auto d = LoadOccurrenceDetail(db, occurrence);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->title, "存旧瓶筑新绿·环保手工课");
  EXPECT_EQ(d->seats.capacity, 15);
  EXPECT_EQ(d->seats.confirmed, 15);
  EXPECT_EQ(d->seats.waitlisted, 2);
  EXPECT_EQ(d->seats.Left(), 0);
  EXPECT_TRUE(d->wants_volunteers);
  EXPECT_EQ(d->category_zh, "环保");
  EXPECT_EQ(d->site_zh, "同福社区");
  EXPECT_FALSE(d->organizer_zh.empty());
  EXPECT_EQ(d->start.HourMinute(), "14:30");
  EXPECT_EQ(d->end.HourMinute(), "16:00");
  EXPECT_NE(d->body.find("塑料瓶"), std::string::npos);
  EXPECT_TRUE(d->poster.empty());
  EXPECT_FALSE(LoadOccurrenceDetail(db, 999999));
}

TEST(CalendarQueries, PosterBytesComeBackAsStored) {
  db::Database db = Demo();
  db.Exec("UPDATE events SET poster = x'89504E470D0A1A0A00' WHERE uid = 'ta-bottles'");
  const int64_t occurrence = db::QueryInt(db,
                                          "SELECT o.id FROM occurrences o JOIN events e ON e.id = o.event_id "
                                          "WHERE e.uid = 'ta-bottles' LIMIT 1");
  const auto d = LoadOccurrenceDetail(db, occurrence);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->poster, (std::vector<uint8_t>{0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00}));
}

TEST(CalendarQueries, CategoriesAndSitesForTheFilters) {
  db::Database db = Demo();
  const auto categories = LoadCategories(db);
  ASSERT_EQ(categories.size(), 10u);
  EXPECT_EQ(categories[0].name_zh, "党建");
  EXPECT_EQ(categories[0].rgb, 0xC62828u);
  const auto sites = LoadSites(db);
  ASSERT_EQ(sites.size(), 5u);
  EXPECT_EQ(sites[4].name_zh, "阳光村");
  EXPECT_EQ(ParseHexColour("#00838f"), 0x00838Fu);
  EXPECT_EQ(ParseHexColour("00838F"), 0x808080u);
}

}  // namespace
}  // namespace kiosk

namespace kiosk {
namespace {

// The detail screen shows the same seats left as the sign-up rule allows: a volunteer who
// signs up to serve takes no resident's seat (signups.h).
TEST(CalendarQueries, DetailSeatsCountResidentsOnlyLikeTheSignUpRule) {
  db::Database db = Demo();
  const LocalDateTime now{kToday, 8, 0};
  db::Statement pick(db, R"sql(
    SELECT o.id FROM occurrences o JOIN events e ON e.id = o.event_id
    WHERE e.capacity IS NOT NULL AND o.status = 'scheduled' AND e.status = 'published'
      AND o.start_at > '2026-11-27T08:00' AND (e.signup_opens IS NULL OR e.signup_opens <= '2026-11-27T08:00')
      AND '2026-11-27T08:00' < coalesce(e.signup_closes, o.start_at)
    ORDER BY o.start_at LIMIT 1)sql");
  ASSERT_TRUE(pick.Step());
  const int64_t occurrence = pick.ColumnInt(0);
  const auto before = LoadOccurrenceDetail(db, occurrence);
  ASSERT_TRUE(before);
  SignUpRequest volunteer;
  volunteer.occurrence_id = occurrence;
  volunteer.phone = "13900000001";  // V0001 in the demo roster
  volunteer.role = SignUpRole::kVolunteer;
  ASSERT_TRUE(std::holds_alternative<SignUpConfirmed>(SignUp(db, volunteer, now, kDemoPhoneHashKey)));
  const auto after = LoadOccurrenceDetail(db, occurrence);
  ASSERT_TRUE(after);
  EXPECT_EQ(after->seats.confirmed, before->seats.confirmed);
  EXPECT_EQ(after->seats.Left(), CheckAvailability(db, occurrence, now).seats.Left());
}

}  // namespace
}  // namespace kiosk
