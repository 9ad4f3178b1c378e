// tests/core/demo/demo_data_test.cpp — the Tong'an Street demo: the real communities and rooms,
// a calendar that always has something today, seats that differ, and clear errors for bad files.
#include "kiosk/core/demo/demo_data.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <set>

#include "tests/core/core_test_support.h"
#include "kiosk/core/text/csv_table.h"
#include "kiosk/core/calendar/home_listing.h"
#include "kiosk/core/storage/kiosk_database.h"
#include "kiosk/core/people/phone_hash.h"
#include "kiosk/core/storage/record_ids.h"

namespace kiosk {
namespace {

constexpr LocalDate kFriday{2026, 11, 27};

class DemoData : public ::testing::Test {
 protected:
  db::Database db = OpenKioskDatabase(":memory:", true);
};

TEST_F(DemoData, LoadsTheTongAnStreetReferenceData) {
  const DemoCounts counts = LoadDemoData(db, KIOSK_DEMO_DIR, kFriday);
  EXPECT_EQ(counts.sites, 5);
  EXPECT_EQ(counts.categories, 10);  // the nine of the street and 其他 (a plain calendar's default)
  EXPECT_EQ(counts.rooms, 15);
  EXPECT_EQ(counts.organizers, 18);
  EXPECT_EQ(counts.volunteers, 20);
  EXPECT_GE(counts.events, 30);
  EXPECT_GT(counts.occurrences, 300);
  EXPECT_EQ(CentreName(db), "同安街道党群服务中心");

  db::Statement sites(db, "SELECT name_zh FROM sites ORDER BY id");
  std::vector<std::string> names;
  while (sites.Step()) names.push_back(sites.ColumnText(0));
  EXPECT_EQ(names, (std::vector<std::string>{"圣南社区", "福圣社区", "丽阳社区", "同福社区", "阳光村"}));
}

TEST_F(DemoData, EverySiteHasAMediationRoomAndYangguangHasTheSagesStudio) {
  LoadDemoData(db, KIOSK_DEMO_DIR, kFriday);
  EXPECT_EQ(db::QueryInt(db,
                         "SELECT count(*) FROM sites s WHERE NOT EXISTS "
                         "(SELECT 1 FROM rooms r WHERE r.site_id = s.id AND r.kind = 'mediation')"),
            0);
  EXPECT_EQ(db::QueryInt(db,
                         "SELECT count(*) FROM rooms r JOIN sites s ON s.id = r.site_id "
                         "WHERE r.name_zh = '阳光乡贤调解室' AND s.name_zh = '阳光村'"),
            1);
  EXPECT_EQ(db::QueryInt(db,
                         "SELECT count(*) FROM rooms r JOIN sites s ON s.id = r.site_id "
                         "WHERE r.name_zh = '青少年活动室' AND s.name_zh = '同福社区'"),
            1);
}

TEST_F(DemoData, CategoriesHaveDistinctColours) {
  LoadDemoData(db, KIOSK_DEMO_DIR, kFriday);
  EXPECT_EQ(db::QueryInt(db, "SELECT count(DISTINCT upper(color)) FROM categories"), 10);
}

TEST_F(DemoData, EveryDayOfTheWindowHasSeveralActivities) {
  for (const LocalDate today : {LocalDate{2026, 11, 27}, LocalDate{2026, 11, 28}, LocalDate{2026, 11, 29},
                                LocalDate{2027, 1, 31}, LocalDate{2028, 2, 29}}) {
    db::Database fresh = OpenKioskDatabase(":memory:", true);
    LoadDemoData(fresh, KIOSK_DEMO_DIR, today);
    EXPECT_GE(OccurrencesOnDay(fresh, today).size(), 4u) << today.Iso();
  }
  LoadDemoData(db, KIOSK_DEMO_DIR, kFriday);
  for (LocalDate day{2026, 11, 1}; day <= LocalDate{2026, 12, 31}; day = day.AddDays(1)) {
    EXPECT_GE(OccurrencesOnDay(db, day).size(), 3u) << day.Iso();
  }
  EXPECT_TRUE(OccurrencesOnDay(db, {2026, 10, 31}).empty());  // the window starts on the 1st
  EXPECT_TRUE(OccurrencesOnDay(db, {2027, 1, 1}).empty());    // and ends with next month
}

TEST_F(DemoData, HappyFourThirtyIsEveryWeekdayAtFushengWithTwoSeatsLeftToday) {
  LoadDemoData(db, KIOSK_DEMO_DIR, kFriday);
  const auto today = OccurrencesOnDay(db, kFriday);
  const auto it = std::find_if(today.begin(), today.end(),
                               [](const OccurrenceSummary& o) { return o.title.starts_with("快乐4点半"); });
  ASSERT_NE(it, today.end());
  EXPECT_EQ(it->start.HourMinute(), "16:30");
  EXPECT_EQ(it->end.HourMinute(), "18:00");
  EXPECT_EQ(it->site, "福圣社区");
  EXPECT_EQ(it->seats.Left(), 2);
  const auto saturday = OccurrencesOnDay(db, kFriday.AddDays(1));
  EXPECT_TRUE(std::none_of(saturday.begin(), saturday.end(),
                           [](const OccurrenceSummary& o) { return o.title.starts_with("快乐4点半"); }));
}

TEST_F(DemoData, SeatsLeftDifferAndSomeActivitiesAreFull) {
  LoadDemoData(db, KIOSK_DEMO_DIR, kFriday);
  std::set<int> seats_left;
  bool some_full = false;
  bool some_unlimited = false;
  for (const auto& o : UpcomingOccurrences(db, {kFriday, 0, 0}, 1000)) {
    if (!o.seats.Left())
      some_unlimited = true;
    else if (o.seats.confirmed > 0)
      seats_left.insert(*o.seats.Left());
    if (o.seats.Left() == 0) some_full = true;
  }
  EXPECT_GE(seats_left.size(), 4u);
  EXPECT_TRUE(some_full);
  EXPECT_TRUE(some_unlimited);
  EXPECT_GE(db::QueryInt(db, "SELECT count(*) FROM signups WHERE status = 'waitlisted'"), 1);
}

TEST_F(DemoData, CancelledItemsAreStoredButNotListed) {
  LoadDemoData(db, KIOSK_DEMO_DIR, kFriday);
  EXPECT_GE(db::QueryInt(db, "SELECT count(*) FROM occurrences WHERE status = 'cancelled'"), 2);
  EXPECT_EQ(db::QueryInt(db, "SELECT count(*) FROM events WHERE status = 'cancelled'"), 1);
  for (LocalDate day{2026, 11, 1}; day <= LocalDate{2026, 12, 31}; day = day.AddDays(1)) {
    for (const auto& o : OccurrencesOnDay(db, day)) EXPECT_NE(o.title, "蔚然花海免费开放日");
  }
}

TEST_F(DemoData, ArticleActivitiesArePresent) {
  LoadDemoData(db, KIOSK_DEMO_DIR, kFriday);
  for (const char* pattern : {"%坝坝会%", "快乐4点半%", "存旧瓶筑新绿%", "孝老爱亲节", "五好小区共建%",
                              "敲开一扇门%", "%巡逻%", "%四比%", "%黄再军医院%", "最美院落%"}) {
    db::Statement query(db, "SELECT count(*) FROM events WHERE title LIKE ?1");
    query.Bind(1, pattern);
    ASSERT_TRUE(query.Step());
    EXPECT_GE(query.ColumnInt(0), 1) << pattern;
  }
  EXPECT_GE(db::QueryInt(db,
                         "SELECT count(*) FROM events e JOIN categories c ON c.id = e.category_id "
                         "WHERE c.name_zh = '就业'"),
            2);
}

TEST_F(DemoData, VolunteerPhonesAreOnlyKeyedHashesAndLastFour) {
  LoadDemoData(db, KIOSK_DEMO_DIR, kFriday);
  db::Statement query(db, "SELECT display_name, phone_last4 FROM volunteers WHERE phone_hash = ?1");
  query.Bind(1, PhoneHash("13900000001", kDemoPhoneHashKey));
  ASSERT_TRUE(query.Step());
  EXPECT_EQ(query.ColumnText(0), "张伟");
  EXPECT_EQ(query.ColumnText(1), "0001");
  EXPECT_EQ(db::QueryInt(db, "SELECT count(*) FROM volunteers WHERE phone_hash LIKE '%13900000%'"), 0);
}

TEST_F(DemoData, DemoKioskCanRecordNewRows) {
  LoadDemoData(db, KIOSK_DEMO_DIR, kFriday);
  EXPECT_EQ(KioskId(db), "TA01");
  EXPECT_EQ(NextRecordId(db), "TA01-1");
}

TEST_F(DemoData, WriteDemoDatabaseReplacesTheFile) {
  testing::TempDbPath path;
  { std::ofstream(path.str()) << "old junk"; }
  const DemoCounts counts = WriteDemoDatabase(path.str(), KIOSK_DEMO_DIR, kFriday);
  EXPECT_EQ(counts.sites, 5);
  db::Database reopened = OpenKioskDatabase(path.str(), false);
  EXPECT_EQ(db::QueryInt(reopened, "SELECT count(*) FROM occurrences"), counts.occurrences);
}

class BrokenDemoDir : public ::testing::Test {
 protected:
  void SetUp() override {
    dir = std::filesystem::temp_directory_path() /
          ("kiosk_demo_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    std::filesystem::remove_all(dir);
    std::filesystem::copy(KIOSK_DEMO_DIR, dir);
  }
  void TearDown() override { std::filesystem::remove_all(dir); }
  void Append(const char* file, const std::string& line) {
    std::ofstream(dir / file, std::ios::app) << line << "\n";
  }
  std::string LoadError() {
    try {
      LoadDemoData(db, dir.string(), kFriday);
    } catch (const SourceFileError& error) {
      return error.what();
    }
    return "(no error)";
  }
  std::filesystem::path dir;
  db::Database db = OpenKioskDatabase(":memory:", true);
};

int LineCount(const std::filesystem::path& file) {
  std::ifstream in(file);
  return static_cast<int>(
      std::count(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>(), '\n'));
}

TEST_F(BrokenDemoDir, UnknownSiteNamesFileAndLineAndLoadsNothing) {
  Append("rooms.csv", "x-room,nowhere,调解室,Mediation,mediation,09:00,17:00,30,1,120");
  const std::string expected = "rooms.csv:" + std::to_string(LineCount(dir / "rooms.csv")) + ": unknown site";
  EXPECT_NE(LoadError().find(expected), std::string::npos) << LoadError();
  EXPECT_EQ(db::QueryInt(db, "SELECT count(*) FROM sites"), 0);  // one transaction: all or nothing
}

// Adds a VEVENT to the demo calendar template; returns the line number of its first line.
int AddDemoEvent(const std::filesystem::path& dir, const std::string& properties) {
  const auto path = dir / "events.ics.in";
  std::ifstream in(path, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const size_t end = text.rfind("END:VCALENDAR");
  const int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(end), '\n'));
  text.insert(end, "BEGIN:VEVENT\r\nUID:x1\r\nSUMMARY:t\r\nCATEGORIES:party\r\nX-KIOSK-SITE:fusheng\r\n" + properties +
                       "END:VEVENT\r\n");
  std::ofstream(path, std::ios::binary) << text;
  return line;
}

TEST_F(BrokenDemoDir, BadRuleIsReportedWithFileLineAndField) {
  const int line = AddDemoEvent(dir, "DTSTART:20190101T090000\r\nRRULE:FREQ=FORTNIGHTLY\r\n");
  EXPECT_NE(LoadError().find("events.ics.in:" + std::to_string(line + 6) + ": RRULE:"), std::string::npos) << LoadError();
  EXPECT_NE(LoadError().find("FORTNIGHTLY"), std::string::npos) << LoadError();
  EXPECT_EQ(db::QueryInt(db, "SELECT count(*) FROM events"), 0);  // one transaction: all or nothing
}

TEST_F(BrokenDemoDir, BadTimeIsReported) {
  const int line = AddDemoEvent(dir, "DTSTART:20190101T240000\r\n");
  EXPECT_NE(LoadError().find("events.ics.in:" + std::to_string(line + 5) + ": DTSTART: "), std::string::npos)
      << LoadError();
}

TEST_F(BrokenDemoDir, BadDatePlaceholderIsReported) {
  const int line = AddDemoEvent(dir, "DTSTART:{{TOMORROW}}T090000\r\n");
  EXPECT_NE(LoadError().find("events.ics.in:" + std::to_string(line + 5) + ": bad date placeholder {{TOMORROW}}"),
            std::string::npos)
      << LoadError();
}

TEST_F(BrokenDemoDir, UnknownSiteInTheCalendarIsReported) {
  const int line = AddDemoEvent(dir, "DTSTART:{{TODAY+1}}T090000\r\nX-KIOSK-ORGANIZER:nobody\r\n");
  EXPECT_NE(LoadError().find("events.ics.in:" + std::to_string(line + 6) + ": X-KIOSK-ORGANIZER: "), std::string::npos)
      << LoadError();
  EXPECT_NE(LoadError().find("unknown organizer \"nobody\""), std::string::npos) << LoadError();
}

TEST_F(BrokenDemoDir, ConstraintViolationIsReportedWithLine) {
  Append("categories.csv", "pink,粉,Pink,pink");
  const std::string expected = "categories.csv:" + std::to_string(LineCount(dir / "categories.csv")) + ":";
  EXPECT_NE(LoadError().find(expected), std::string::npos) << LoadError();
  EXPECT_NE(LoadError().find("CHECK constraint failed"), std::string::npos) << LoadError();
}

TEST_F(BrokenDemoDir, MissingFileIsNamed) {
  std::filesystem::remove(dir / "volunteers.csv");
  EXPECT_NE(LoadError().find("volunteers.csv"), std::string::npos) << LoadError();
}

}  // namespace
}  // namespace kiosk
