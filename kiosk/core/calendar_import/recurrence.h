// kiosk/core/calendar_import/recurrence.h — expansion of iCalendar recurrence (RFC 5545 RRULE, RDATE, EXDATE)
// into dated instances, with libical doing the rule arithmetic. Times here are wall-clock times
// in the event's own zone; converting them to Asia/Shanghai is the caller's job (ics_import).
//
// Expansion always stops at a window end, so a rule without COUNT or UNTIL is fine and no rule
// can loop forever; a rule producing absurd numbers of instances is an error, not a hang.
#pragma once

#include <compare>
#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/core/time/local_time.h"

namespace kiosk {

// A wall-clock time with seconds, or a whole day (iCalendar DATE value).
struct CivilTime {
  LocalDate date;
  int hour = 0, minute = 0, second = 0;
  bool date_only = false;

  auto operator<=>(const CivilTime&) const = default;
  LocalDateTime ToMinutes() const { return {date, hour, minute}; }
  std::string Iso() const;  // "2026-11-27T16:30:00", or "2026-11-27" for a date
  CivilTime AddSeconds(long long seconds) const;
  long long SecondsSinceEpoch() const;  // as if UTC; for differences between two CivilTimes
};

class RecurrenceError : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

// Dates outside these years are refused as a mistake before any conversion (a year 9999 would
// wrap, a year 0001 would make libical walk two thousand years).
constexpr int kFirstCalendarYear = 1900;
constexpr int kLastCalendarYear = 2200;

// More instances than this in one import window is certainly a mistake in the file.
constexpr size_t kMaxInstancesPerEvent = 5000;
// Instances a rule may produce before the window starts (a daily rule from 1970 is ~20,000).
constexpr size_t kMaxInstancesBeforeWindow = 400000;

// The instances of RRULE `rule` (e.g. "FREQ=WEEKLY;BYDAY=SA") for an event starting at `dtstart`
// that fall in [from, to], in order. COUNT and UNTIL count from dtstart even when `from` is
// later; UNTIL in UTC ('Z') is compared as floating time. Throws RecurrenceError for a rule
// libical cannot parse, an unsupported frequency, too many instances, a rule repeating every
// second or minute, or one that can never happen (FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30) — each
// refused before libical iterates, since its search for a next match is not bounded by us.
std::vector<CivilTime> ExpandRule(std::string_view rule, const CivilTime& dtstart, const CivilTime& from,
                                  const CivilTime& to, size_t max_instances = kMaxInstancesPerEvent);

// The recurrence set of RFC 5545 3.8.5: rule instances plus RDATEs, minus EXDATEs, sorted and
// without duplicates. All times must be in one zone (the caller converts first).
std::vector<CivilTime> CombineRecurrenceSet(std::vector<CivilTime> rule_instances,
                                            const std::vector<CivilTime>& rdates,
                                            const std::vector<CivilTime>& exdates);

// Reads an iCalendar DATE ("20261127") or DATE-TIME ("20261127T163000", a trailing Z is
// ignored here) strictly: nullopt for 2026-02-30, 25:00, a year outside kFirstCalendarYear..
// kLastCalendarYear and the like.
std::optional<CivilTime> ParseIcalTime(std::string_view text);

}  // namespace kiosk
