// kiosk/core/calendar_import/ics_import.h — reads an iCalendar file (RFC 5545) as the office exports it from
// Outlook, Google, WPS or by hand, and expands it into dated occurrences in Asia/Shanghai.
//
// Mapping (documented for office staff in tools/office/README.md):
//   UID                       the event's identity; re-importing updates it in place
//   SUMMARY / DESCRIPTION     title (<= 200 chars) / body (<= 20,000 chars)
//   LOCATION                  venue
//   DTSTART, DTEND|DURATION   DATE (all-day) or DATE-TIME: floating or TZID=Asia/Shanghai as is,
//                             any other TZID (VTIMEZONE in the file, else the tz database) and
//                             UTC 'Z' converted to Shanghai wall time
//   RRULE, RDATE, EXDATE      expanded with libical for the import window
//   RECURRENCE-ID             an override: moves one occurrence or, with STATUS:CANCELLED, cancels it
//   STATUS:CANCELLED          on the main event: the whole event and its occurrences are cancelled
//   CATEGORIES / X-KIOSK-CATEGORY   category code or Chinese name (the first one the master knows;
//                             CATEGORIES naming none: --category, else 其他)
//   X-KIOSK-SITE              community/village code or name; without it --site, else a site
//                             named in LOCATION (site_category_resolver.h), else refused
//   X-KIOSK-ORGANIZER, X-KIOSK-ROOM, X-KIOSK-CAPACITY, X-KIOSK-WANTS-VOLUNTEERS
//   ATTACH                    poster: a PNG/JPEG path relative to the .ics, or inline BASE64
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

#include "kiosk/core/calendar_import/calendar_source.h"

namespace kiosk {

// The file's bytes by position: appends up to `count` bytes from `offset` to `buffer`; false when
// there are none (the end, or the file cannot be read).
using IcsBytes = std::function<bool(uint64_t offset, size_t count, std::string& buffer)>;

// Reads an iCalendar file of `size` bytes in two streamed passes, so memory stays about the same
// whatever its size: the first reads the time zones and finds where each UID's VEVENTs are, the
// second reads one UID's main event and overrides at a time (by their bytes), expands them and
// hands each good event to `add`, in the order their UIDs first appear. Problems go to `problems`,
// sorted by line; returns the events the file holds (good or bad).
int StreamIcsCalendar(const IcsBytes& bytes, uint64_t size, const std::string& file_name,
                      const std::filesystem::path& base_dir, const ImportWindow& window,
                      ImportProblems& problems, const std::function<void(SourceEvent&&)>& add);

// A whole text at once. `file_name` names the file in problems; `base_dir` resolves poster paths.
SourceCalendar ParseIcsCalendar(std::string_view text, const std::string& file_name,
                                const std::filesystem::path& base_dir, const ImportWindow& window);

}  // namespace kiosk
