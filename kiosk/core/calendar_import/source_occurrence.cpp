// kiosk/core/calendar_import/source_occurrence.cpp — an expanded instance to a SourceOccurrence.
#include "kiosk/core/calendar_import/source_occurrence.h"

#include <utility>

namespace kiosk {

std::string RecurrenceIdOf(const CivilTime& original) {
  return original.date_only ? original.date.Iso() : original.ToMinutes().Iso();
}

SourceOccurrence MakeSourceOccurrence(std::string recurrence_id, const CivilTime& start, long long seconds,
                                      bool cancelled) {
  SourceOccurrence out;
  out.recurrence_id = std::move(recurrence_id);
  out.all_day = start.date_only;
  out.start = start.ToMinutes();
  CivilTime begin = start;
  begin.date_only = false;  // an all-day span is counted from 00:00
  out.end = begin.AddSeconds(seconds).ToMinutes();
  out.cancelled = cancelled;
  return out;
}

}  // namespace kiosk
