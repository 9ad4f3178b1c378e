// kiosk/core/demo/demo_calendar_template.h — turns data/demo/events.ics.in into real iCalendar text
// for a given `today`, so the demo calendar is never stale. Recurring activities need nothing:
// their RRULEs are anchored in January 2019 and the import window picks this month and the next.
// One-off activities and cancelled single occurrences use date placeholders:
//
//   {{TODAY+3}}        today plus 3 days, as an iCalendar date (20261130); {{TODAY-2}} two days ago
//   {{TODAY+3:TU,FR}}  the first Tuesday or Friday on or after today + 3 (SU MO TU WE TH FR SA)
#pragma once

#include <string>
#include <string_view>

#include "kiosk/core/time/local_time.h"

namespace kiosk {

// Throws SourceFileError ("file:line: ...") for a malformed placeholder.
std::string ExpandDemoCalendarTemplate(std::string_view text, const std::string& file_name, const LocalDate& today);

}  // namespace kiosk
