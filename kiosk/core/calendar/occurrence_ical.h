// kiosk/core/calendar/occurrence_ical.h — the text behind the activity's QR code: an iCalendar
// VCALENDAR with one VEVENT (RFC 5545), which a phone camera turns into a calendar entry.
// Times are written in UTC ("Z"), which every phone calendar reads without a VTIMEZONE.
#pragma once

#include <string>

#include "kiosk/core/calendar/calendar_queries.h"
#include "kiosk/core/time/local_time.h"

namespace kiosk {

// `stamp` is DTSTAMP (when the code was made), local Asia/Shanghai time like every time here.
// Lines end in CRLF and are folded at 75 octets without splitting a UTF-8 character.
std::string OccurrenceAsICalendar(const OccurrenceDetail& detail, const LocalDateTime& stamp);

// RFC 5545 TEXT escaping: backslash, semicolon, comma and newline.
std::string EscapeICalendarText(const std::string& text);
// Asia/Shanghai wall-clock time as UTC "YYYYMMDDTHHMMSSZ".
std::string ICalendarUtc(const LocalDateTime& local);

}  // namespace kiosk
