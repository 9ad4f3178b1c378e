// tests/core/calendar_import/csv_calendar_import_test.cpp — the activity calendar as office staff save it from
// Excel/WPS: encodings, quoted cells, Chinese headers, repeats with exceptions, all-day and
// past-midnight rows, and one readable problem per bad cell or row.
#include "kiosk/core/calendar_import/csv_calendar_import.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "tests/core/calendar_import/ics_test_support.h"

namespace kiosk {
namespace {

constexpr ImportWindow kWindow{{2026, 11, 1}, {2026, 12, 31}};
const std::string kHeader = "编号,标题,类别,社区,日期,开始,结束,重复,除外日期,名额,简介\r\n";

SourceCalendar Parse(const std::string& bytes) { return ParseCsvCalendar(bytes, "cal.csv", ".", kWindow); }

std::vector<std::string> Formatted(const SourceCalendar& calendar) {
  std::vector<std::string> lines;
  for (const ImportProblem& p : calendar.problems) lines.push_back(p.Format());
  return lines;
}

TEST(CsvCalendarImport, QuotedCommasAndLineBreaksAndRepeats) {
  const SourceCalendar calendar = Parse(kHeader +
                                        "h430,快乐4点半,教育,福圣社区,2026-11-02,16:30,18:00,"
                                        "\"FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR\",2026-11-03;2026-11-04,20,"
                                        "\"第一行, 有逗号\r\n第二行 \"\"引号\"\"\"\r\n");
  ASSERT_TRUE(calendar.problems.empty()) << Formatted(calendar).front();
  ASSERT_EQ(calendar.events.size(), 1u);
  const SourceEvent& e = calendar.events[0];
  EXPECT_EQ(e.body, "第一行, 有逗号\r\n第二行 \"引号\"");
  EXPECT_EQ(e.capacity, 20);
  EXPECT_TRUE(e.recurring);
  ASSERT_EQ(e.occurrences.size(), 42u);  // 44 weekdays in Nov+Dec 2026 minus the 2 exceptions
  EXPECT_EQ(e.occurrences[0].start.Iso(), "2026-11-02T16:30");
  EXPECT_EQ(e.occurrences[1].start.Iso(), "2026-11-05T16:30");
  EXPECT_EQ(e.occurrences[1].recurrence_id, "2026-11-05T16:30");
  EXPECT_EQ(e.occurrences[1].end.Iso(), "2026-11-05T18:00");
}

TEST(CsvCalendarImport, Utf8BomAndGbkGiveTheSameEvents) {
  const std::string row = "bb,坝坝会,议事,福圣社区,2026-11-07,9:30,11:00,,,,\r\n";
  const SourceCalendar utf8 = Parse(kHeader + row);
  const SourceCalendar bom = Parse("\xEF\xBB\xBF" + kHeader + row);
  // The same file saved as GBK by Excel on Chinese Windows.
  const unsigned char gbk[] = {
      0xB1, 0xE0, 0xBA, 0xC5, 0x2C, 0xB1, 0xEA, 0xCC, 0xE2, 0x2C, 0xC0, 0xE0, 0xB1, 0xF0, 0x2C, 0xC9, 0xE7,
      0xC7, 0xF8, 0x2C, 0xC8, 0xD5, 0xC6, 0xDA, 0x2C, 0xBF, 0xAA, 0xCA, 0xBC, 0x2C, 0xBD, 0xE1, 0xCA, 0xF8,
      0x0D, 0x0A,  // 编号,标题,类别,社区,日期,开始,结束
      0x62, 0x62, 0x2C, 0xB0, 0xD3, 0xB0, 0xD3, 0xBB, 0xE1, 0x2C, 0xD2, 0xE9, 0xCA, 0xC2, 0x2C, 0xB8, 0xA3,
      0xCA, 0xA5, 0xC9, 0xE7, 0xC7, 0xF8, 0x2C, 0x32, 0x30, 0x32, 0x36, 0x2F, 0x31, 0x31, 0x2F, 0x37, 0x2C,
      0x39, 0x3A, 0x33, 0x30, 0x2C, 0x31, 0x31, 0x3A, 0x30, 0x30, 0x0D, 0x0A};  // bb,坝坝会,议事,福圣社区,2026/11/7,9:30,11:00
  const SourceCalendar from_gbk = Parse(std::string(reinterpret_cast<const char*>(gbk), sizeof gbk));
  for (const SourceCalendar* calendar : {&utf8, &bom, &from_gbk}) {
    ASSERT_TRUE(calendar->problems.empty()) << Formatted(*calendar).front();
    ASSERT_EQ(calendar->events.size(), 1u);
    EXPECT_EQ(calendar->events[0].title, "坝坝会");
    EXPECT_EQ(calendar->events[0].category.names.front(), "议事");
    EXPECT_EQ(calendar->events[0].site.names.front(), "福圣社区");
    EXPECT_EQ(calendar->events[0].occurrences.at(0).start.Iso(), "2026-11-07T09:30");
  }
}

TEST(CsvCalendarImport, AllDayAndPastMidnight) {
  const SourceCalendar calendar = Parse(
      "uid,title,category,site,date,start,end,end_date\r\n"
      "day,孝老爱亲节,孝老,阳光村,2026-11-20,,,2026-11-21\r\n"
      "night,夜间巡逻,志愿服务,福圣社区,2026-11-20,22:00,00:30,2026-11-21\r\n");
  ASSERT_TRUE(calendar.problems.empty()) << Formatted(calendar).front();
  ASSERT_EQ(calendar.events.size(), 2u);
  const SourceOccurrence& day = calendar.events[0].occurrences.at(0);
  EXPECT_TRUE(day.all_day);
  EXPECT_EQ(day.start.Iso(), "2026-11-20T00:00");
  EXPECT_EQ(day.end.Iso(), "2026-11-22T00:00");  // two whole days, end exclusive
  const SourceOccurrence& night = calendar.events[1].occurrences.at(0);
  EXPECT_EQ(night.start.Iso(), "2026-11-20T22:00");
  EXPECT_EQ(night.end.Iso(), "2026-11-21T00:30");
}

TEST(CsvCalendarImport, MalformedRowsAreReportedWithFileLineAndColumn) {
  const SourceCalendar calendar = Parse(kHeader +
                                        "ok,好的,议事,福圣社区,2026-11-07,9:30,11:00,,,,\r\n"          // line 2
                                        "late,倒过来,议事,福圣社区,2026-11-07,11:00,9:30,,,,\r\n"      // line 3
                                        "d,坏日期,议事,福圣社区,2026-11-31,9:30,11:00,,,,\r\n"         // line 4
                                        "c,名额,议事,福圣社区,2026-11-07,9:30,11:00,,,很多,\r\n"        // line 5
                                        "x,多列,议事,福圣社区,2026-11-07,9:30,11:00,,,,,多余\r\n"      // line 6
                                        ",无编号,议事,福圣社区,2026-11-07,9:30,11:00,,,,\r\n"           // line 7
                                        "r,规则,议事,福圣社区,2026-11-07,9:30,11:00,FREQ=OFTEN,,,\r\n"  // line 8
                                        "ok,重复编号,议事,福圣社区,2026-11-08,9:30,11:00,,,,\r\n"       // line 9
                                        "q,\"引号\"后面,议事,福圣社区,2026-11-07,9:30,11:00,,,,\r\n"     // line 10
                                        "u,没结束,议事,福圣社区,2026-11-07,9:30,11:00,,,,\"半个\r\n");  // line 11
  const std::vector<std::string> lines = Formatted(calendar);
  ASSERT_EQ(lines.size(), 9u) << ::testing::PrintToString(lines);
  EXPECT_EQ(lines[0], "cal.csv:3: 结束: 结束时间早于开始时间（跨午夜的活动请填写结束日期） / end is before start (for an "
                      "activity past midnight fill in the end date)");
  EXPECT_EQ(lines[1], "cal.csv:4: 日期: 不是有效日期 \"2026-11-31\"（例如 2026-11-27） / not a valid date "
                      "\"2026-11-31\" (e.g. 2026-11-27)");
  EXPECT_EQ(lines[2], "cal.csv:5: 名额: 应为 0 到 100000 的整数，或留空表示不限 / must be a whole number 0 to 100000, "
                      "or empty for no limit");
  EXPECT_EQ(lines[3], "cal.csv:6: 这一行的格子比表头多（是否有没加引号的逗号？） / more cells than the header (an "
                      "unquoted comma?)");
  EXPECT_EQ(lines[4], "cal.csv:7: 编号: 不能为空 / must not be empty");
  EXPECT_NE(lines[5].find("cal.csv:8: 重复: "), std::string::npos) << lines[5];
  EXPECT_EQ(lines[6], "cal.csv:9: 编号: 编号重复 \"ok\" / duplicate uid \"ok\"");
  EXPECT_EQ(lines[7], "cal.csv:10: 引号后面多了字符 / characters after a closing quote");
  EXPECT_EQ(lines[8], "cal.csv:11: 引号没有结束，文件其余部分无法读取 / a quote is never closed; the rest of the file "
                      "cannot be read");
  ASSERT_EQ(calendar.events.size(), 1u);
  EXPECT_EQ(calendar.events[0].uid, "ok");
}

TEST(CsvCalendarImport, HeaderProblems) {
  EXPECT_EQ(Formatted(Parse("编号,标题,类别,社区,开始,颜色\r\n")),
            (std::vector<std::string>{"cal.csv:1: 颜色: 未知的列名 / unknown column",
                                      "cal.csv:1: 日期: 缺少这一列（日期 或 date） / missing column (日期 or date)"}));
}

TEST(CsvCalendarImport, TheDocumentedExampleFileReadsCleanly) {
  std::ifstream in(std::string(KIOSK_DEMO_DIR) + "/example-calendar.csv", std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const SourceCalendar calendar = ParseCsvCalendar(bytes, "example-calendar.csv", KIOSK_DEMO_DIR, {{2026, 9, 1}, {2027, 2, 28}});
  EXPECT_TRUE(calendar.problems.empty()) << ::testing::PrintToString(Formatted(calendar));
  EXPECT_EQ(calendar.events.size(), 5u);
}

}  // namespace
}  // namespace kiosk
