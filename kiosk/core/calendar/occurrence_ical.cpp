// kiosk/core/calendar/occurrence_ical.cpp — VCALENDAR/VEVENT text for the detail screen's QR code.
#include "kiosk/core/calendar/occurrence_ical.h"

#include <cstdio>

#include "kiosk/core/text/utf8.h"

namespace kiosk {
namespace {

// Folds one content line at 75 octets (RFC 5545 3.1), continuing with CRLF + space.
std::string Fold(const std::string& line) {
  std::string out;
  size_t octets = 0;
  ForEachCodePoint(line, [&](char32_t, std::string_view bytes) {  // never split a character
    if (octets + bytes.size() > 75) {
      out += "\r\n ";
      octets = 1;
    }
    out.append(bytes);
    octets += bytes.size();
  });
  return out + "\r\n";
}

std::string DateValue(const LocalDate& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d%02d%02d", d.year % 10000, d.month % 100, d.day % 100);
  return buf;
}

}  // namespace

std::string EscapeICalendarText(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case ';':
        out += "\\;";
        break;
      case ',':
        out += "\\,";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string ICalendarUtc(const LocalDateTime& local) {
  int minutes = local.hour * 60 + local.minute - 8 * 60;  // Asia/Shanghai is UTC+8, no DST
  LocalDate date = local.date;
  if (minutes < 0) {
    minutes += 24 * 60;
    date = date.AddDays(-1);
  }
  char buf[24];
  std::snprintf(buf, sizeof buf, "%sT%02d%02d00Z", DateValue(date).c_str(), minutes / 60, minutes % 60);
  return buf;
}

std::string OccurrenceAsICalendar(const OccurrenceDetail& d, const LocalDateTime& stamp) {
  std::string out;
  out += Fold("BEGIN:VCALENDAR");
  out += Fold("VERSION:2.0");
  out += Fold("PRODID:-//community-kiosk//activity//ZH");
  out += Fold("BEGIN:VEVENT");
  // One entry per occurrence: the event's UID plus the occurrence's original start.
  out += Fold("UID:" + EscapeICalendarText(d.uid + "-" + d.recurrence_id));
  out += Fold("DTSTAMP:" + ICalendarUtc(stamp));
  if (d.all_day) {
    out += Fold("DTSTART;VALUE=DATE:" + DateValue(d.start.date));
    out += Fold("DTEND;VALUE=DATE:" +
                DateValue(d.end.date > d.start.date ? d.end.date : d.start.date.AddDays(1)));
  } else {
    out += Fold("DTSTART:" + ICalendarUtc(d.start));
    out += Fold("DTEND:" + ICalendarUtc(d.end));
  }
  out += Fold("SUMMARY:" + EscapeICalendarText(d.title));
  out += Fold("LOCATION:" + EscapeICalendarText(d.venue));
  if (!d.organizer_zh.empty()) out += Fold("DESCRIPTION:" + EscapeICalendarText(d.organizer_zh));
  out += Fold("END:VEVENT");
  out += Fold("END:VCALENDAR");
  return out;
}

}  // namespace kiosk
