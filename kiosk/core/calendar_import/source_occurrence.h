// kiosk/core/calendar_import/source_occurrence.h — the one way both office importers (iCalendar and
// CSV) turn an expanded instance of an event into a SourceOccurrence of calendar_source.h.
#pragma once

#include <string>

#include "kiosk/core/calendar_import/calendar_source.h"
#include "kiosk/core/calendar_import/recurrence.h"

namespace kiosk {

// The identity of an instance of a recurring event whose original start is `original` (Shanghai
// wall time): "2026-11-27T16:30", or "2026-11-27" when it is all day.
std::string RecurrenceIdOf(const CivilTime& original);

// The occurrence starting at `start` (Shanghai wall time; date_only: an all-day occurrence, its end
// then 00:00 of the day after) and lasting `seconds`. `recurrence_id` is "" for a one-off event,
// else RecurrenceIdOf its original start (an instance moved by the office keeps it).
SourceOccurrence MakeSourceOccurrence(std::string recurrence_id, const CivilTime& start, long long seconds,
                                      bool cancelled = false);

}  // namespace kiosk
