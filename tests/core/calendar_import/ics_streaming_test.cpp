// tests/core/calendar_import/ics_streaming_test.cpp — the iCalendar import reads its file in two
// streamed passes: lines unfolded from chunks of any size are the lines of the whole text, and a
// file imported from disk gives what its text parsed whole gives — with an override far below its
// event, a VTIMEZONE after the events that use it, a BOM, an event left open at the end.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <optional>

#include "kiosk/core/calendar_import/calendar_import.h"
#include "kiosk/core/calendar_import/ics_lines.h"
#include "kiosk/core/calendar_import/reference_data.h"
#include "kiosk/core/storage/kiosk_database.h"
#include "tests/core/calendar_import/ics_test_support.h"

namespace kiosk {
namespace {

using testing::Calendar;
using testing::Join;
using testing::Vevent;

constexpr ImportWindow kWindow{{2026, 11, 1}, {2026, 12, 31}};

TEST(IcsStreaming, LinesUnfoldedFromChunksOfAnySizeAreTheWholeTextsLines) {
  const std::string text =
      " starts folded\r\nBEGIN:VCALENDAR\r\nDESCRIPTION:一二\r\n 三四\r\n\t五\r\n\r\nSUMMARY:讲座\n"
      "\n continues after an empty line\r\nLAST:no line end";
  const std::vector<IcsLine> whole = UnfoldIcsLines(text);
  ASSERT_EQ(whole.size(), 5u);
  EXPECT_EQ(whole[2].text, "DESCRIPTION:一二三四五");
  EXPECT_EQ(whole[2].line, 3);
  EXPECT_EQ(whole[3].text, "SUMMARY:讲座continues after an empty line");
  for (const IcsLine& line : whole) {  // the bytes of each line, by its offsets
    const std::string bytes = text.substr(line.offset, line.end_offset - line.offset);
    EXPECT_EQ(bytes.substr(0, line.text.substr(0, 9).size()), line.text.substr(0, 9)) << line.line;
  }
  EXPECT_EQ(whole.back().end_offset, text.size());
  for (const size_t chunk : {1, 2, 3, 5, 7, 64}) {
    size_t given = 0;
    IcsLineReader reader([&](std::string& buffer) {
      if (given >= text.size()) return false;
      buffer.append(text.substr(given, chunk));
      given += chunk;
      return true;
    });
    std::vector<IcsLine> read;
    while (std::optional<IcsLine> line = reader.Next()) read.push_back(std::move(*line));
    ASSERT_EQ(read.size(), whole.size()) << chunk;
    for (size_t i = 0; i < whole.size(); ++i) {
      EXPECT_EQ(read[i].text, whole[i].text) << chunk;
      EXPECT_EQ(read[i].line, whole[i].line) << chunk;
      EXPECT_EQ(read[i].offset, whole[i].offset) << chunk;
      EXPECT_EQ(read[i].end_offset, whole[i].end_offset) << chunk;
    }
  }
}

class IcsFileImport : public ::testing::Test {
 protected:
  // The file's text imported from disk (streamed) and parsed whole, into two masters.
  void ImportBoth(const std::string& text, bool skip_bad = false) {
    const std::filesystem::path path =
        std::filesystem::temp_directory_path() / ("ics_streaming_" + std::to_string(::getpid()) + ".ics");
    std::ofstream(path, std::ios::binary) << text;
    streamed_db.emplace(Master());
    whole_db.emplace(Master());
    streamed = ImportCalendarFile(*streamed_db, path, kWindow, skip_bad);  // its own transaction
    std::filesystem::remove(path);
    db::Transaction transaction(*whole_db);
    whole = StoreCalendarSource(
        *whole_db, ReadCalendarSource(text, CalendarFormat::kIcs, path.string(), path.parent_path(), kWindow),
        kWindow, skip_bad);
    if (whole.committed) transaction.Commit();
  }
  static std::string Dump(db::Database& db) {
    db::Statement query(
        db,
        "SELECT e.uid || ' ' || e.title || ' ' || o.start_at || ' ' || o.end_at || ' ' || o.status "
        "FROM occurrences o JOIN events e ON e.id = o.event_id ORDER BY e.uid, o.start_at");
    std::string out;
    while (query.Step()) out += query.ColumnText(0) + "\n";
    return out;
  }
  static std::vector<std::string> Lines(const CalendarImportReport& report) {
    std::vector<std::string> out;
    for (const ImportProblem& p : report.problems) out.push_back(std::to_string(p.line) + " " + p.en);
    return out;
  }
  void ExpectSame() {
    EXPECT_EQ(streamed.committed, whole.committed);
    EXPECT_EQ(streamed.events_seen, whole.events_seen);
    EXPECT_EQ(streamed.events_written, whole.events_written);
    EXPECT_EQ(Lines(streamed), Lines(whole));
    EXPECT_EQ(Dump(*streamed_db), Dump(*whole_db));
  }
  static db::Database Master() {
    db::Database db = OpenKioskDatabase(":memory:", true);
    db::Transaction transaction(db);
    LoadReferenceData(db, KIOSK_DEMO_DIR);
    transaction.Commit();
    return db;
  }
  std::optional<db::Database> streamed_db, whole_db;
  CalendarImportReport streamed, whole;
};

TEST_F(IcsFileImport, AnOverrideFarBelowItsEventAndAZoneAfterItsUsers) {
  std::vector<std::vector<std::string>> parts;
  parts.push_back(Vevent(
      "weekly", {"DTSTART;TZID=Asia/Tokyo:20261103T203000", "DURATION:PT1H", "RRULE:FREQ=WEEKLY;COUNT=4"}));
  for (int i = 0; i < 30; ++i)
    parts.push_back(Vevent("one-" + std::to_string(i),
                           {"DTSTART:202611" + std::to_string(10 + i % 18) + "T090000", "DURATION:PT2H",
                            "DESCRIPTION:很长的介绍" + std::string(200, 'x')}));
  parts.push_back({"BEGIN:VEVENT", "UID:weekly", "RECURRENCE-ID;TZID=Asia/Tokyo:20261110T203000",
                   "DTSTART;TZID=Asia/Tokyo:20261110T213000", "DURATION:PT1H", "END:VEVENT"});
  parts.push_back({"BEGIN:VTIMEZONE", "TZID:Asia/Tokyo", "BEGIN:STANDARD", "DTSTART:19700101T000000",
                   "TZOFFSETFROM:+0900", "TZOFFSETTO:+0900", "END:STANDARD", "END:VTIMEZONE"});
  ImportBoth("\xEF\xBB\xBF" + Calendar(Join(parts)));
  ASSERT_TRUE(streamed.committed) << (streamed.problems.empty() ? "" : streamed.problems.front().Format());
  EXPECT_EQ(streamed.events_written, 31);
  ExpectSame();
  // Tokyo 21:30 is Shanghai 20:30: the override below, in the zone defined after it, applied.
  EXPECT_NE(Dump(*streamed_db).find("weekly 测试活动 2026-11-10T20:30"), std::string::npos)
      << Dump(*streamed_db);
}

TEST_F(IcsFileImport, ProblemsAreTheSameAndInFileOrder) {
  const std::string text =
      Calendar(Join({Vevent("good", {"DTSTART:20261127T090000"}),
                     Vevent("dup", {"DTSTART:20261128T090000"}),
                     {"NOT A LINE"},
                     Vevent("dup", {"DTSTART:20261129T090000"}),
                     {"BEGIN:VEVENT", "UID:orphan", "RECURRENCE-ID:20261127T090000",
                      "DTSTART:20261127T100000", "END:VEVENT"},
                     {"BEGIN:VEVENT", "SUMMARY:没有 UID", "DTSTART:20261127T090000", "END:VEVENT"},
                     {"BEGIN:VEVENT", "UID:open", "DTSTART:20261127T090000"}}));
  for (const bool skip_bad : {false, true}) {
    ImportBoth(text.substr(0, text.rfind("END:VCALENDAR")), skip_bad);  // the last event never ends
    ExpectSame();
    EXPECT_EQ(streamed.committed, skip_bad);
    ASSERT_GE(streamed.problems.size(), 5u);
    for (size_t i = 1; i < streamed.problems.size(); ++i)
      EXPECT_LE(streamed.problems[i - 1].line, streamed.problems[i].line);
  }
}

}  // namespace
}  // namespace kiosk
