// tests/core/calendar_import/plain_calendar_test.cpp — a calendar exported by Google Calendar or
// Outlook (no X-KIOSK-* fields; VTIMEZONE, RRULE, EXDATE, an override, folded lines split inside a
// character, CRLF) imports as it is: the site from --site or a site named in LOCATION (longest
// name wins), the category from CATEGORIES, --category or 其他; an event with no site is refused
// with its FILE:LINE saying to pass --site, and --skip-bad imports the others.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "kiosk/core/calendar_import/calendar_import.h"
#include "kiosk/core/calendar_import/reference_data.h"
#include "kiosk/core/storage/kiosk_database.h"

namespace kiosk {
namespace {

// The repository's root is two folders above data/demo.
const std::filesystem::path kFixtures =
    std::filesystem::path(KIOSK_DEMO_DIR).parent_path().parent_path() / "tests/core/calendar_import/fixtures";
const std::filesystem::path kGoogle = kFixtures / "google_shengnan.ics";
const std::filesystem::path kOutlook = kFixtures / "outlook_yangguang.ics";
constexpr ImportWindow kWindow{{2026, 11, 1}, {2027, 4, 30}};

class PlainCalendarTest : public ::testing::Test {
 protected:
  PlainCalendarTest() {
    db::Transaction transaction(db);
    LoadReferenceData(db, KIOSK_DEMO_DIR);
    transaction.Commit();
  }
  CalendarImportReport Import(const std::filesystem::path& file, bool skip_bad,
                              PlainCalendarDefaults defaults = {}) {
    return ImportCalendarFile(db, file, kWindow, skip_bad, defaults);
  }
  std::vector<std::string> Lines(const CalendarImportReport& report) {
    std::vector<std::string> lines;
    for (const ImportProblem& problem : report.problems) lines.push_back(problem.Format());
    return lines;
  }
  // "start site category" per occurrence of the event titled `title`, in time order.
  std::vector<std::string> Occurrences(const std::string& title) {
    db::Statement query(
        db,
        "SELECT o.start_at || ' ' || o.end_at || ' ' || s.code || ' ' || c.name_zh FROM occurrences o "
        "JOIN events e ON e.id = o.event_id JOIN sites s ON s.id = e.site_id "
        "JOIN categories c ON c.id = e.category_id WHERE e.title = ?1 AND o.status = 'scheduled' "
        "ORDER BY o.start_at");
    query.Bind(1, title);
    std::vector<std::string> out;
    while (query.Step()) out.push_back(query.ColumnText(0));
    return out;
  }
  int64_t Events() { return db::QueryInt(db, "SELECT count(*) FROM events"); }

  db::Database db = OpenKioskDatabase(":memory:", true);
};

const std::string kNoSiteLine =
    "google_shengnan.ics:56: LOCATION: 不知道是哪个社区的活动：地点 \"成都市龙泉驿区图书馆\""
    "中没有已知的社区名称，请用 --site 指定社区（如 --site fusheng） / no site: the LOCATION "
    "\"成都市龙泉驿区图书馆\" "
    "names no known site; pass --site CODE (e.g. --site fusheng)";

TEST_F(PlainCalendarTest, AnEventWithNoSiteRefusesTheFileAndSaysToPassSite) {
  const CalendarImportReport report = Import(kGoogle, /*skip_bad=*/false);
  EXPECT_FALSE(report.committed);
  std::vector<std::string> lines = Lines(report);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].substr(lines[0].find("google_shengnan.ics")), kNoSiteLine);
  EXPECT_EQ(Events(), 0);
}

TEST_F(PlainCalendarTest, GoogleCalendarSitesFromLocationWithSkipBad) {
  const CalendarImportReport report = Import(kGoogle, /*skip_bad=*/true);
  ASSERT_TRUE(report.committed);
  EXPECT_EQ(report.events_seen, 3);
  EXPECT_EQ(report.events_written, 2);
  ASSERT_EQ(report.problems.size(), 1u);
  EXPECT_EQ(report.problems[0].line, 56);
  // Weekly on Tuesdays until 29 December, 17 November excepted; 圣南社区党群服务中心… -> 圣南社区; no
  // CATEGORIES -> 其他. The description was folded inside a character and reads whole.
  EXPECT_EQ(Occurrences("长者智能手机课堂"),
            (std::vector<std::string>{"2026-11-03T09:30 2026-11-03T11:00 shengnan 其他",
                                      "2026-11-10T09:30 2026-11-10T11:00 shengnan 其他",
                                      "2026-11-24T09:30 2026-11-24T11:00 shengnan 其他",
                                      "2026-12-01T09:30 2026-12-01T11:00 shengnan 其他",
                                      "2026-12-08T09:30 2026-12-08T11:00 shengnan 其他",
                                      "2026-12-15T09:30 2026-12-15T11:00 shengnan 其他",
                                      "2026-12-22T09:30 2026-12-22T11:00 shengnan 其他",
                                      "2026-12-29T09:30 2026-12-29T11:00 shengnan 其他"}));
  EXPECT_EQ(db::QueryInt(db,
                         "SELECT count(*) FROM events WHERE body LIKE '%请带上自己的手机和身份证。' "
                         "AND venue = '圣南社区党群服务中心二楼活动室, 龙泉驿区同安街道'"),
            1);
  EXPECT_EQ(Occurrences("社区跳蚤市场"),
            (std::vector<std::string>{"2026-11-21T00:00 2026-11-22T00:00 fusheng 其他"}));  // all day
}

TEST_F(PlainCalendarTest, SiteOptionPlacesEveryEventWithoutXKioskSite) {
  const CalendarImportReport report = Import(kGoogle, /*skip_bad=*/false, {"liyang", "文艺"});
  ASSERT_TRUE(report.committed) << Lines(report).front();
  EXPECT_EQ(report.events_written, 3);
  // UTC 06:00-08:00 is 14:00-16:00 in Shanghai; --site wins over the LOCATION.
  EXPECT_EQ(Occurrences("读书分享会"),
            (std::vector<std::string>{"2026-11-20T14:00 2026-11-20T16:00 liyang 文艺"}));
  EXPECT_EQ(Occurrences("社区跳蚤市场").at(0), "2026-11-21T00:00 2026-11-22T00:00 liyang 文艺");
}

TEST_F(PlainCalendarTest, OutlookCategoriesOverrideAndWindowsTimeZone) {
  const CalendarImportReport report = Import(kOutlook, /*skip_bad=*/false);
  ASSERT_TRUE(report.committed) << Lines(report).front();
  EXPECT_EQ(report.events_written, 2);
  // First Saturday monthly, four times; January's excepted; December's moved to the afternoon
  // (Outlook's override keeps its own title; the activity's stays). CATEGORIES 健康 is known.
  EXPECT_EQ(Occurrences("村民健康义诊"),
            (std::vector<std::string>{"2026-11-07T09:00 2026-11-07T11:30 yangguang 健康",
                                      "2026-12-05T14:00 2026-12-05T16:00 yangguang 健康",
                                      "2027-02-06T09:00 2027-02-06T11:30 yangguang 健康"}));
  // "Red Category" is Outlook's colour label, not ours: 其他.
  EXPECT_EQ(Occurrences("坝坝电影之夜"),
            (std::vector<std::string>{"2026-11-28T19:00 2026-11-28T21:00 yangguang 其他"}));
}

TEST_F(PlainCalendarTest, CategoryOptionReplacesUnknownLabelsOnly) {
  ASSERT_TRUE(Import(kOutlook, /*skip_bad=*/false, {"", "arts"}).committed);
  EXPECT_EQ(Occurrences("坝坝电影之夜").at(0), "2026-11-28T19:00 2026-11-28T21:00 yangguang 文艺");
  EXPECT_EQ(Occurrences("村民健康义诊").at(0), "2026-11-07T09:00 2026-11-07T11:30 yangguang 健康");
}

TEST_F(PlainCalendarTest, UnknownSiteOrCategoryOptionStopsBeforeAnything) {
  const CalendarImportReport report = Import(kOutlook, /*skip_bad=*/true, {"火星社区", "魔法"});
  EXPECT_FALSE(report.committed);
  EXPECT_EQ(Lines(report),
            (std::vector<std::string>{
                kOutlook.string() + ": --site: 没有这个社区 \"火星社区\" / unknown site \"火星社区\"",
                kOutlook.string() + ": --category: 没有这个类别 \"魔法\" / unknown category \"魔法\""}));
  EXPECT_EQ(Events(), 0);
}

TEST_F(PlainCalendarTest, LongestSiteNameInLocationWins) {
  db.Exec(
      "INSERT INTO sites(code, name_zh, name_en, kind) VALUES('sn-centre', '圣南社区党群服务中心', 'Shengnan "
      "Centre', "
      "'community')");
  ASSERT_TRUE(Import(kGoogle, /*skip_bad=*/true).committed);
  EXPECT_EQ(Occurrences("长者智能手机课堂").at(0), "2026-11-03T09:30 2026-11-03T11:00 sn-centre 其他");
}

TEST_F(PlainCalendarTest, XKioskSiteAndCategoryStillWinAndStayStrict) {
  const std::filesystem::path file =
      std::filesystem::temp_directory_path() / "kiosk_core_plain_calendar_strict.ics";
  {
    std::ofstream out(file, std::ios::binary);
    out << "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nSUMMARY:甲\r\nDTSTART:"
           "20261127T090000\r\n"
           "LOCATION:福圣社区\r\nX-KIOSK-SITE:tongfu\r\nCATEGORIES:health\r\nEND:VEVENT\r\n"
           "BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:乙\r\nDTSTART:20261127T090000\r\nX-KIOSK-SITE:tongfu\r\n"
           "X-KIOSK-CATEGORY:健身\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
  }
  const CalendarImportReport report = Import(file, /*skip_bad=*/true, {"liyang", ""});
  std::filesystem::remove(file);
  ASSERT_TRUE(report.committed);
  EXPECT_EQ(Occurrences("甲"), (std::vector<std::string>{"2026-11-27T09:00 2026-11-27T09:00 tongfu 健康"}));
  ASSERT_EQ(report.problems.size(), 1u);  // a typo in X-KIOSK-CATEGORY is not quietly 其他
  EXPECT_EQ(report.problems[0].field, "X-KIOSK-CATEGORY");
}

}  // namespace
}  // namespace kiosk
