// tests/core/calendar_import/ics_import_test.cpp — what the iCalendar reader takes from a file (kiosk X-
// properties, folded lines, escapes) and how it reports bad input: one problem per mistake,
// naming file, line and field, and the bad event left out.
#include "kiosk/core/calendar_import/ics_import.h"

#include <gtest/gtest.h>

#include "tests/core/calendar_import/ics_test_support.h"

namespace kiosk {
namespace {

using testing::Calendar;
using testing::Join;
using testing::ParseIcs;
using testing::Vevent;

TEST(IcsImport, ReadsKioskPropertiesFoldedLinesAndEscapes) {
  const std::string text = Calendar({"BEGIN:VEVENT", "UID:happy-430@fusheng", "SUMMARY:快乐4点半\\, 作业辅导",
                                     "DESCRIPTION:第一行\\n第二", " 行；继续", "LOCATION:福圣社区 活动室",
                                     "CATEGORIES:教育,课后", "X-KIOSK-SITE:fusheng", "X-KIOSK-ORGANIZER:北京感恩基金",
                                     "X-KIOSK-ROOM:fusheng-activity", "X-KIOSK-CAPACITY:20",
                                     "X-KIOSK-WANTS-VOLUNTEERS:TRUE", "DTSTART:20261127T163000",
                                     "DTEND:20261127T180000", "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PT15M",
                                     "END:VALARM", "END:VEVENT"});
  const SourceCalendar calendar = ParseIcs(text);
  ASSERT_TRUE(calendar.problems.empty()) << calendar.problems.front().Format();
  ASSERT_EQ(calendar.events.size(), 1u);
  const SourceEvent& e = calendar.events[0];
  EXPECT_EQ(e.uid, "happy-430@fusheng");
  EXPECT_EQ(e.title, "快乐4点半, 作业辅导");
  EXPECT_EQ(e.body, "第一行\n第二行；继续");
  EXPECT_EQ(e.venue, "福圣社区 活动室");
  EXPECT_EQ(e.category.names, (std::vector<std::string>{"教育", "课后"}));
  EXPECT_EQ(e.site.names.front(), "fusheng");
  EXPECT_EQ(e.organizer.names.front(), "北京感恩基金");
  EXPECT_EQ(e.room.names.front(), "fusheng-activity");
  EXPECT_EQ(e.capacity, 20);
  EXPECT_TRUE(e.wants_volunteers);
  EXPECT_FALSE(e.recurring);
  ASSERT_EQ(e.occurrences.size(), 1u);
  EXPECT_EQ(e.occurrences[0].recurrence_id, "");  // a one-off event: moving it keeps its identity
  EXPECT_EQ(e.occurrences[0].start.Iso(), "2026-11-27T16:30");
}

TEST(IcsImport, EachProblemNamesFileLineAndFieldAndOnlyGoodEventsRemain) {
  const std::string text = Calendar(Join({
      Vevent("good", {"DTSTART:20261127T090000"}),                                 // lines 4-10
      Vevent("backwards", {"DTSTART:20261127T100000", "DTEND:20261127T090000"}),  // 11-18, DTEND on 17
      Vevent("bad-date", {"DTSTART:20261131T100000"}),                             // 19-25, DTSTART on 24
      Vevent("bad-zone", {"DTSTART;TZID=Mars/Olympus:20261127T100000"}),           // 26-32, on 31
      Vevent("bad-capacity", {"DTSTART:20261127T100000", "X-KIOSK-CAPACITY:很多"}),  // 33-40, on 39
      {"BEGIN:VEVENT", "UID:no-site", "SUMMARY:x", "CATEGORIES:议事", "DTSTART:20261127T100000", "END:VEVENT"},  // 41
      {"BEGIN:VEVENT", "UID:broken", "this line has no colon", "END:VEVENT"},   // 47-50, on 49
  }));
  const SourceCalendar calendar = ParseIcs(text);
  std::vector<std::string> lines;
  for (const ImportProblem& p : calendar.problems) lines.push_back(p.Format());
  EXPECT_EQ(lines, (std::vector<std::string>{
                       "t.ics:17: DTEND: 结束时间早于开始时间 / end is before start",
                       "t.ics:24: DTSTART: 不是有效的日期或时间 \"20261131T100000\" / not a valid date or date-time "
                       "\"20261131T100000\"",
                       "t.ics:31: DTSTART: 未知时区 \"Mars/Olympus\" / unknown time zone \"Mars/Olympus\"",
                       "t.ics:39: X-KIOSK-CAPACITY: 名额应为 0 到 100000 的整数 / capacity must be a whole number 0 to "
                       "100000",
                       "t.ics:47: DTSTART: 缺少开始时间 / missing start",
                       "t.ics:49: 无法识别的行 \"this line has no colon\" / malformed line \"this line has no colon\"",
                   }));
  // No X-KIOSK-SITE is no problem of the file: the import finds the site later (--site, LOCATION).
  ASSERT_EQ(calendar.events.size(), 2u);
  EXPECT_EQ(calendar.events[0].uid, "good");
  EXPECT_EQ(calendar.events[1].uid, "no-site");
  EXPECT_TRUE(calendar.events[1].site.empty());
  EXPECT_EQ(calendar.events_seen, 7);
}

TEST(IcsImport, TenMegabyteDescriptionIsRefusedCheaply) {
  const std::string huge(10 * 1024 * 1024, 'x');
  const SourceCalendar calendar =
      ParseIcs(Calendar(Vevent("big", {"DTSTART:20261127T090000", "DESCRIPTION:" + huge})));
  ASSERT_EQ(calendar.problems.size(), 1u);
  EXPECT_EQ(calendar.problems[0].line, 10);
  EXPECT_EQ(calendar.problems[0].field, "DESCRIPTION");
  EXPECT_NE(calendar.problems[0].en.find("at most 20000 characters"), std::string::npos);
  EXPECT_TRUE(calendar.events.empty());
}

TEST(IcsImport, DuplicateUidAndOrphanOverrideAreReported) {
  const SourceCalendar calendar = ParseIcs(Calendar(Join({
      Vevent("twice", {"DTSTART:20261127T090000"}),
      Vevent("twice", {"DTSTART:20261128T090000"}),
      {"BEGIN:VEVENT", "UID:orphan", "RECURRENCE-ID:20261127T090000", "DTSTART:20261127T100000", "END:VEVENT"},
  })));
  ASSERT_EQ(calendar.problems.size(), 2u);
  EXPECT_EQ(calendar.problems[0].Format(), "t.ics:11: UID: UID 重复 \"twice\" / duplicate UID \"twice\"");
  EXPECT_EQ(calendar.problems[1].line, 18);
  EXPECT_EQ(calendar.problems[1].field, "RECURRENCE-ID");
  EXPECT_TRUE(calendar.events.empty());
}

TEST(IcsImport, StructuralErrors) {
  EXPECT_EQ(ParseIcs("hello\r\n").problems.at(0).Format(),
            "t.ics:1: 无法识别的行 \"hello\" / malformed line \"hello\"");
  EXPECT_EQ(ParseIcs("BEGIN:VEVENT\r\nEND:VEVENT\r\n").problems.at(0).field, "BEGIN");
  const SourceCalendar unclosed = ParseIcs("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\n");
  ASSERT_FALSE(unclosed.problems.empty());
  EXPECT_EQ(unclosed.problems[0].Format(), "t.ics:2: BEGIN: 缺少 END:VEVENT / missing END:VEVENT");
}

TEST(IcsImport, PosterMustBePngOrJpeg) {
  // "GIF89a" in BASE64: a GIF is refused before any decoding.
  const SourceCalendar calendar = ParseIcs(Calendar(Vevent(
      "p", {"DTSTART:20261127T090000", "ATTACH;FMTTYPE=image/gif;ENCODING=BASE64;VALUE=BINARY:R0lGODlhAQABAAAAACw="})));
  ASSERT_EQ(calendar.problems.size(), 1u);
  EXPECT_EQ(calendar.problems[0].Format(),
            "t.ics:10: ATTACH: 海报不是 PNG 或 JPEG 图片 / the poster is not a PNG or JPEG image");
  const SourceCalendar missing =
      ParseIcs(Calendar(Vevent("p", {"DTSTART:20261127T090000", "ATTACH:posters/nowhere.png"})));
  ASSERT_EQ(missing.problems.size(), 1u);
  EXPECT_NE(missing.problems[0].en.find("poster file not found"), std::string::npos);
}

TEST(IcsImport, CancelledMainEventCancelsEveryOccurrence) {
  const SourceCalendar calendar = ParseIcs(Calendar(
      Vevent("c", {"DTSTART:20261102T090000", "RRULE:FREQ=DAILY;COUNT=3", "STATUS:CANCELLED"})));
  for (const auto& problem : calendar.problems) ADD_FAILURE() << problem.Format();
  ASSERT_EQ(calendar.events.size(), 1u);
  EXPECT_TRUE(calendar.events[0].cancelled);
  ASSERT_EQ(calendar.events[0].occurrences.size(), 3u);
  for (const auto& o : calendar.events[0].occurrences) EXPECT_TRUE(o.cancelled);
}

}  // namespace
}  // namespace kiosk
