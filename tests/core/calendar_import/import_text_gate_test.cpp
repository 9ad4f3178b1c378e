// tests/core/calendar_import/import_text_gate_test.cpp — every text field of both office importers goes
// through the text gate: a NUL, a control byte or non-UTF-8 text in any cell or property is one
// FILE:LINE: field: problem line, and the event is not imported.
#include <gtest/gtest.h>

#include "kiosk/core/calendar_import/csv_calendar_import.h"
#include "kiosk/core/text/csv_table.h"
#include "tests/core/calendar_import/ics_test_support.h"

namespace kiosk {
namespace {

using testing::Calendar;
using testing::ParseIcs;
using testing::Vevent;

constexpr ImportWindow kWindow{{2026, 11, 1}, {2026, 12, 31}};
const std::string kHeader = "编号,标题,类别,社区,地点,日期,开始,结束,简介\r\n";

SourceCalendar ParseCsv(const std::string& bytes) { return ParseCsvCalendar(bytes, "cal.csv", ".", kWindow); }

const std::string kNul(1, '\0');

TEST(ImportTextGate, ANulInAnyCsvCellIsRefusedWithItsLineAndColumn) {
  const std::vector<std::pair<std::string, std::string>> rows = {
      {"a1,坝坝会" + kNul + ",议事,福圣社区,,2026-11-07,9:30,11:00,", "标题"},
      {"a1,坝坝会,议事,福圣社区,活动室" + kNul + ",2026-11-07,9:30,11:00,", "地点"},
      {"a1,坝坝会,议事,福圣社区,,2026-11-07,9:30,11:00,简介" + kNul, "简介"},
      {"a" + kNul + "1,坝坝会,议事,福圣社区,,2026-11-07,9:30,11:00,", "编号"},
      {"a1,坝坝会,议事,福圣" + kNul + "社区,,2026-11-07,9:30,11:00,", "社区"},
  };
  for (const auto& [row, column] : rows) {
    const SourceCalendar calendar = ParseCsv(kHeader + row + "\r\n");
    EXPECT_TRUE(calendar.events.empty()) << column;
    ASSERT_FALSE(calendar.problems.empty()) << column;
    const std::string line = calendar.problems.front().Format();
    EXPECT_EQ(line.substr(0, line.find(": ", 10)), "cal.csv:2: " + column) << line;
    EXPECT_NE(line.find("U+0000"), std::string::npos) << line;
    EXPECT_EQ(line.find('\0'), std::string::npos) << "the line prints whole";
  }
}

TEST(ImportTextGate, CsvControlBytesAndLineBreaksInATitleAreRefusedButABodyMayBreakLines) {
  EXPECT_FALSE(
      ParseCsv(kHeader + "a1,坝坝\x1B会,议事,福圣社区,,2026-11-07,9:30,11:00,\r\n").problems.empty());
  EXPECT_FALSE(
      ParseCsv(kHeader + "a1,\"坝坝\n会\",议事,福圣社区,,2026-11-07,9:30,11:00,\r\n").problems.empty());
  const SourceCalendar ok =
      ParseCsv(kHeader + "a1,坝坝会,议事,福圣社区,,2026-11-07,9:30,11:00,\"一\r\n二\"\r\n");
  ASSERT_TRUE(ok.problems.empty()) << ok.problems.front().Format();
  EXPECT_EQ(ok.events.at(0).body, "一\r\n二");
}

TEST(ImportTextGate, ANulInSummaryDescriptionOrLocationIsRefused) {
  for (const std::string property :
       {"SUMMARY:坝坝会", "DESCRIPTION:简介", "LOCATION:活动室", "UID:x", "CATEGORIES:议事"}) {
    const SourceCalendar calendar = ParseIcs(
        Calendar(Vevent("u1", {"DTSTART:20261127T090000", "DTEND:20261127T100000", property + kNul})));
    EXPECT_TRUE(calendar.events.empty()) << property;
    ASSERT_FALSE(calendar.problems.empty()) << property;
    ASSERT_EQ(calendar.problems.size(), 1u) << "no second line for the same cause";
    const ImportProblem& problem = calendar.problems.front();
    EXPECT_EQ(problem.field, property.substr(0, property.find(':'))) << problem.Format();
    EXPECT_NE(problem.en.find("U+0000"), std::string::npos) << problem.Format();
  }
}

TEST(ImportTextGate, IcsTextThatIsNotUtf8IsRefusedNotStoredRaw) {
  // 快乐 in GB18030, an overlong '/', a lone continuation byte.
  for (const std::string bad : {"\xBF\xEC\xC0\xD6", "a\xC0\xAF", "\x80"}) {
    const SourceCalendar calendar =
        ParseIcs(Calendar(Vevent("u1", {"DTSTART:20261127T090000", "LOCATION:" + bad})));
    EXPECT_TRUE(calendar.events.empty());
    ASSERT_EQ(calendar.problems.size(), 1u);
    EXPECT_NE(calendar.problems[0].en.find("not valid UTF-8"), std::string::npos)
        << calendar.problems[0].Format();
  }
}

TEST(ImportTextGate, ReferenceTablesPassTheGateToo) {
  try {
    CsvTable::Parse("code,name\nS1,福圣" + kNul + "社区\n", "sites.csv", {"code", "name"});
    FAIL() << "a NUL in a site name was accepted";
  } catch (const SourceFileError& error) {
    EXPECT_EQ(std::string(error.what()).substr(0, 19), "sites.csv:2: name: ");
    EXPECT_NE(std::string(error.what()).find("U+0000"), std::string::npos);
  }
}

}  // namespace
}  // namespace kiosk
