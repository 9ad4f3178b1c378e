// tests/core/calendar_import/calendar_store_test.cpp — importing into a master: names resolve to the
// reference data, a re-import of the same file changes nothing, a changed file updates in place, and an
// occurrence that left the file is cancelled (its sign-ups still point at it), never deleted.
#include "kiosk/core/calendar_import/calendar_store.h"

#include <gtest/gtest.h>

#include "kiosk/core/calendar_import/calendar_import.h"
#include "kiosk/core/calendar_import/reference_data.h"
#include "kiosk/core/storage/kiosk_database.h"
#include "tests/core/calendar_import/ics_test_support.h"

namespace kiosk {
namespace {

using testing::Calendar;
using testing::Join;
using testing::Vevent;

constexpr ImportWindow kWindow{{2026, 11, 1}, {2026, 12, 31}};

class CalendarStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db::Transaction transaction(db);
    LoadReferenceData(db, KIOSK_DEMO_DIR);
    transaction.Commit();
  }
  CalendarImportReport Import(const std::string& ics, bool skip_bad = false) {
    db::Transaction transaction(db);
    CalendarImportReport report = StoreCalendarSource(
        db, ReadCalendarSource(ics, CalendarFormat::kIcs, "cal.ics", ".", kWindow), kWindow, skip_bad);
    if (report.committed) transaction.Commit();
    return report;
  }
  int64_t Count(const std::string& sql) { return db::QueryInt(db, sql); }

  db::Database db = OpenKioskDatabase(":memory:", true);
};

const std::vector<std::string> kWeekly =
    Vevent("patrol", {"DTSTART:20261103T193000", "DTEND:20261103T210000", "RRULE:FREQ=WEEKLY;BYDAY=TU",
                      "X-KIOSK-CAPACITY:12", "X-KIOSK-ORGANIZER:patrol-team", "X-KIOSK-ROOM:议事厅"});

TEST_F(CalendarStoreTest, NamesAndCodesResolveToReferenceRows) {
  const CalendarImportReport report = Import(Calendar(kWeekly));
  ASSERT_TRUE(report.ok()) << report.problems.front().Format();
  EXPECT_EQ(
      Count("SELECT count(*) FROM events e JOIN sites s ON s.id = e.site_id JOIN categories c ON c.id = "
            "e.category_id JOIN rooms r ON r.id = e.room_id JOIN organizers o ON o.id = e.organizer_id "
            "WHERE s.code = 'fusheng' AND c.code = 'council' AND r.code = 'fusheng-hall' AND "
            "o.code = 'patrol-team' AND e.capacity = 12"),
      1);
  EXPECT_EQ(Count("SELECT count(*) FROM occurrences"), 9);  // Tuesdays in Nov + Dec 2026
}

TEST_F(CalendarStoreTest, ReimportingTheSameFileChangesNothing) {
  const std::string ics = Calendar(Join({kWeekly, Vevent("once", {"DTSTART:20261127T090000"})}));
  ASSERT_TRUE(Import(ics).ok());
  const int64_t occurrences = Count("SELECT count(*) FROM occurrences");
  const int64_t max_id = Count("SELECT max(id) FROM occurrences");
  const CalendarImportReport again = Import(ics);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again.counts.events_added, 0);
  EXPECT_EQ(again.counts.events_updated, 0);
  EXPECT_EQ(again.counts.events_unchanged, 2);
  EXPECT_EQ(
      again.counts.occurrences_added + again.counts.occurrences_updated + again.counts.occurrences_withdrawn,
      0);
  EXPECT_EQ(Count("SELECT count(*) FROM occurrences"), occurrences);
  EXPECT_EQ(Count("SELECT max(id) FROM occurrences"), max_id);
  EXPECT_EQ(Count("SELECT count(*) FROM events"), 2);
}

TEST_F(CalendarStoreTest, ChangedFileUpdatesInPlaceAndWithdrawnOccurrencesAreCancelledNotDeleted) {
  ASSERT_TRUE(
      Import(Calendar(Join({kWeekly, Vevent("once", {"DTSTART:20261127T090000", "DURATION:PT1H"})}))).ok());
  const int64_t once_id =
      Count("SELECT o.id FROM occurrences o JOIN events e ON e.id = o.event_id WHERE e.uid = 'once'");
  const int64_t dec1_id = Count("SELECT id FROM occurrences WHERE start_at = '2026-12-01T19:30'");
  db.Exec(
      "INSERT INTO signups(id, origin_kiosk, created_at, occurrence_id, phone_hash, phone_last4, status) "
      "VALUES"
      "('TA01-1', 'TA01', '2026-11-20T10:00', " +
      std::to_string(dec1_id) + ", '" + std::string(64, 'a') + "', '0001', 'confirmed')");

  // The patrol now skips December 1st and the one-off moves to 14:00 with a new title.
  std::vector<std::string> weekly = kWeekly;
  weekly.insert(weekly.end() - 1, "EXDATE:20261201T193000");
  std::vector<std::string> once = Vevent("once", {"DTSTART:20261127T140000", "DURATION:PT1H"});
  once[2] = "SUMMARY:改了时间";
  const CalendarImportReport report = Import(Calendar(Join({weekly, once})));
  ASSERT_TRUE(report.ok()) << report.problems.front().Format();
  EXPECT_EQ(report.counts.occurrences_withdrawn, 1);
  EXPECT_EQ(report.counts.occurrences_updated, 1);
  EXPECT_EQ(report.counts.events_updated, 1);
  EXPECT_EQ(Count("SELECT count(*) FROM occurrences"), 10);  // nothing deleted, nothing duplicated
  EXPECT_EQ(Count("SELECT count(*) FROM occurrences WHERE id = " + std::to_string(dec1_id) +
                  " AND status = 'cancelled'"),
            1);
  EXPECT_EQ(Count("SELECT count(*) FROM signups WHERE occurrence_id = " + std::to_string(dec1_id)), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM occurrences WHERE id = " + std::to_string(once_id) +
                  " AND start_at = '2026-11-27T14:00' AND status = 'scheduled'"),
            1);
  EXPECT_EQ(Count("SELECT count(*) FROM events WHERE title = '改了时间'"), 1);

  // Putting December 1st back reinstates the same row.
  ASSERT_TRUE(Import(Calendar(Join({kWeekly, once}))).ok());
  EXPECT_EQ(Count("SELECT count(*) FROM occurrences WHERE id = " + std::to_string(dec1_id) +
                  " AND status = 'scheduled'"),
            1);
}

TEST_F(CalendarStoreTest, OccurrencesOutsideTheWindowAreLeftAlone) {
  ASSERT_TRUE(Import(Calendar(kWeekly)).ok());
  db.Exec(
      "INSERT INTO occurrences(event_id, recurrence_id, start_at, end_at) "
      "SELECT id, '2026-10-27T19:30', '2026-10-27T19:30', '2026-10-27T21:00' FROM events");
  ASSERT_TRUE(Import(Calendar(kWeekly)).ok());
  EXPECT_EQ(
      Count("SELECT count(*) FROM occurrences WHERE start_at = '2026-10-27T19:30' AND status = 'scheduled'"),
      1);
}

TEST_F(CalendarStoreTest, UnknownNamesAreReportedWithLineAndFieldAndNothingIsWritten) {
  std::vector<std::string> bad = Vevent("bad", {"DTSTART:20261127T090000", "X-KIOSK-ORGANIZER:无名氏"});
  bad[3] = "X-KIOSK-CATEGORY:跳舞";  // CATEGORIES naming none of ours would be 其他 (plain_calendar_test)
  bad[4] = "X-KIOSK-SITE:火星社区";
  const CalendarImportReport report = Import(Calendar(Join({kWeekly, bad})));
  std::vector<std::string> lines;
  for (const auto& p : report.problems) lines.push_back(p.Format());
  EXPECT_EQ(
      lines,
      (std::vector<std::string>{
          "cal.ics:19: X-KIOSK-CATEGORY: 没有这个类别 \"跳舞\" / unknown category \"跳舞\"",
          "cal.ics:20: X-KIOSK-SITE: 没有这个社区 \"火星社区\" / unknown site \"火星社区\"",
          "cal.ics:22: X-KIOSK-ORGANIZER: 没有这个主办方 \"无名氏\" / unknown organizer \"无名氏\""}));
  EXPECT_FALSE(report.committed);
  EXPECT_EQ(Count("SELECT count(*) FROM events"), 0);
}

TEST_F(CalendarStoreTest, SkipBadWritesTheGoodEvents) {
  std::vector<std::string> bad = Vevent("bad", {"DTSTART:20261127T090000"});
  bad[4] = "X-KIOSK-SITE:火星社区";
  const CalendarImportReport report = Import(Calendar(Join({kWeekly, bad})), /*skip_bad=*/true);
  EXPECT_TRUE(report.committed);
  EXPECT_EQ(report.problems.size(), 1u);
  EXPECT_EQ(report.events_written, 1);
  EXPECT_EQ(Count("SELECT count(*) FROM events WHERE uid = 'patrol'"), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM events WHERE uid = 'bad'"), 0);
}

// A rule of the database itself (here a trigger standing for any CHECK the parser does not know)
// refuses one event: with --skip-bad that event alone is skipped, listed with its FILE:LINE, and the
// rest is written; without it nothing is written and the same line says why.
TEST_F(CalendarStoreTest, SkipBadSkipsARowTheDatabaseRefuses) {
  db.Exec(
      "CREATE TEMP TRIGGER refuse_once BEFORE INSERT ON events WHEN NEW.uid = 'once' "
      "BEGIN SELECT RAISE(ABORT, 'refused by the database'); END");
  const std::string ics = Calendar(Join({kWeekly, Vevent("once", {"DTSTART:20261127T090000"})}));
  const CalendarImportReport refused = Import(ics);
  EXPECT_FALSE(refused.committed);
  ASSERT_EQ(refused.problems.size(), 1u);
  EXPECT_EQ(Count("SELECT count(*) FROM events"), 0);

  const CalendarImportReport report = Import(ics, /*skip_bad=*/true);
  EXPECT_TRUE(report.committed);
  ASSERT_EQ(report.problems.size(), 1u);
  const std::string line = report.problems.front().Format();
  EXPECT_EQ(line.rfind("cal.ics:", 0), 0u) << line;
  EXPECT_NE(line.find("数据库拒绝保存这个活动"), std::string::npos) << line;
  EXPECT_EQ(report.events_written, 1);
  EXPECT_EQ(report.counts.events_added, 1);
  EXPECT_EQ(Count("SELECT count(*) FROM events WHERE uid = 'patrol'"), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM events WHERE uid = 'once'"), 0);
  EXPECT_EQ(
      Count("SELECT count(*) FROM occurrences o JOIN events e ON e.id = o.event_id WHERE e.uid = 'once'"), 0);
}

// Migration 008: a time that is not a real minute of a real day is refused by the schema itself.
TEST_F(CalendarStoreTest, TheSchemaRefusesImpossibleTimes) {
  ASSERT_TRUE(Import(Calendar(kWeekly)).ok());
  for (const char* bad : {"2026-11-27T99:99", "2026-02-30T10:00", "2026-11-27T24:00", "1899-12-31T10:00",
                          "2201-01-01T10:00", "2026-11-27T9:30"}) {
    db::Statement update(
        db, "UPDATE occurrences SET start_at = ?1, end_at = ?1 WHERE id = (SELECT min(id) FROM occurrences)");
    update.Bind(1, bad);
    try {
      update.Run();
      ADD_FAILURE() << bad << " was stored";
    } catch (const db::SqliteError& error) {
      EXPECT_TRUE(error.IsConstraint()) << bad << ": " << error.what();
    }
  }
}

}  // namespace
}  // namespace kiosk
