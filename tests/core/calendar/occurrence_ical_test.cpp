// The QR code's iCalendar text: a VEVENT with UTC times, escaped text and folded lines.
#include "kiosk/core/calendar/occurrence_ical.h"

#include <gtest/gtest.h>

namespace kiosk {
namespace {

OccurrenceDetail Sample() {
  OccurrenceDetail d;
  d.uid = "ta-bottles";
  d.recurrence_id = "2026-11-28T14:30";
  d.title = "存旧瓶筑新绿·环保手工课";
  d.venue = "同福社区 青少年活动室, 二楼";
  d.organizer_zh = "成都信息工程大学";
  d.start = {{2026, 11, 28}, 14, 30};
  d.end = {{2026, 11, 28}, 16, 0};
  return d;
}

TEST(OccurrenceICal, VEventWithUtcTimes) {
  const std::string ics = OccurrenceAsICalendar(Sample(), {{2026, 11, 27}, 9, 30});
  EXPECT_EQ(ics.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", 0), 0u);
  EXPECT_NE(ics.find("BEGIN:VEVENT\r\n"), std::string::npos);
  EXPECT_NE(ics.find("DTSTART:20261128T063000Z\r\n"), std::string::npos);
  EXPECT_NE(ics.find("DTEND:20261128T080000Z\r\n"), std::string::npos);
  EXPECT_NE(ics.find("DTSTAMP:20261127T013000Z\r\n"), std::string::npos);
  EXPECT_NE(ics.find("SUMMARY:存旧瓶筑新绿·环保手工课\r\n"), std::string::npos);
  EXPECT_NE(ics.find("LOCATION:同福社区 青少年活动室\\, 二楼\r\n"), std::string::npos);
  EXPECT_NE(ics.find("UID:ta-bottles-2026-11-28T14:30\r\n"), std::string::npos);
  EXPECT_TRUE(ics.ends_with("END:VEVENT\r\nEND:VCALENDAR\r\n"));
}

TEST(OccurrenceICal, EarlyMorningIsThePreviousUtcDay) {
  EXPECT_EQ(ICalendarUtc({{2026, 1, 1}, 7, 5}), "20251231T230500Z");
  EXPECT_EQ(ICalendarUtc({{2026, 3, 1}, 0, 0}), "20260228T160000Z");
}

TEST(OccurrenceICal, AllDayUsesDates) {
  OccurrenceDetail d = Sample();
  d.all_day = true;
  d.end = d.start;
  const std::string ics = OccurrenceAsICalendar(d, {{2026, 11, 27}, 9, 30});
  EXPECT_NE(ics.find("DTSTART;VALUE=DATE:20261128\r\n"), std::string::npos);
  EXPECT_NE(ics.find("DTEND;VALUE=DATE:20261129\r\n"), std::string::npos);
}

TEST(OccurrenceICal, EscapesAndFoldsWithoutSplittingCharacters) {
  EXPECT_EQ(EscapeICalendarText("a;b,c\\d\ne"), "a\\;b\\,c\\\\d\\ne");
  OccurrenceDetail d = Sample();
  d.title = std::string(40, 'x') + "调解调解调解调解调解调解调解调解";  // 40 + 24*3 octets
  const std::string ics = OccurrenceAsICalendar(d, {{2026, 11, 27}, 9, 30});
  size_t start = 0;
  while (start < ics.size()) {
    const size_t end = ics.find("\r\n", start);
    ASSERT_NE(end, std::string::npos);
    EXPECT_LE(end - start, 75u);
    const unsigned char first = static_cast<unsigned char>(ics[start + (ics[start] == ' ' ? 1 : 0)]);
    EXPECT_NE(first & 0xC0, 0x80) << "a line starts inside a UTF-8 character";
    start = end + 2;
  }
}

}  // namespace
}  // namespace kiosk
