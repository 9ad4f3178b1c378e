// tests/core/calendar_import/ics_test_support.h — builds small iCalendar texts and reads back what the importer
// made of them, for the recurrence and iCalendar tests.
#pragma once

#include <string>
#include <vector>

#include "kiosk/core/calendar_import/ics_import.h"

namespace kiosk::testing {

// A VCALENDAR around `body` (VEVENTs), lines joined with CRLF.
inline std::string Calendar(const std::vector<std::string>& body) {
  std::string text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n";
  for (const std::string& line : body) text += line + "\r\n";
  return text + "END:VCALENDAR\r\n";
}

// One VEVENT with the required kiosk fields and `extra` properties.
inline std::vector<std::string> Vevent(const std::string& uid, const std::vector<std::string>& extra) {
  std::vector<std::string> lines{"BEGIN:VEVENT", "UID:" + uid, "SUMMARY:测试活动", "CATEGORIES:议事",
                                 "X-KIOSK-SITE:福圣社区"};
  lines.insert(lines.end(), extra.begin(), extra.end());
  lines.push_back("END:VEVENT");
  return lines;
}

inline std::vector<std::string> Join(std::vector<std::vector<std::string>> parts) {
  std::vector<std::string> out;
  for (auto& part : parts) out.insert(out.end(), part.begin(), part.end());
  return out;
}

inline SourceCalendar ParseIcs(const std::string& text, ImportWindow window = {{2026, 1, 1}, {2026, 12, 31}}) {
  return ParseIcsCalendar(text, "t.ics", ".", window);
}

// "2026-03-29T21:00-22:00" per occurrence (end shown as its time, or full ISO when another day),
// with " X" appended when cancelled.
inline std::vector<std::string> Spans(const SourceEvent& event) {
  std::vector<std::string> out;
  for (const SourceOccurrence& o : event.occurrences) {
    std::string text = o.start.Iso() + "-" + (o.end.date == o.start.date ? o.end.HourMinute() : o.end.Iso());
    if (o.all_day) text += " all-day";
    if (o.cancelled) text += " X";
    out.push_back(text);
  }
  return out;
}

}  // namespace kiosk::testing
