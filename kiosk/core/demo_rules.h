// kiosk/core/demo_rules.h — the tiny date-rule language of the demo source files, so the demo
// calendar is always relative to the day it is built. (Real calendars use iCalendar RRULEs,
// expanded by the office tool; this is only for data/demo/events.csv.)
//
//   daily                 every day
//   weekdays              Monday to Friday
//   weekly:SA             every Saturday; several days as weekly:TU,FR
//   monthly:2nd-SA        the 2nd Saturday of each month (1st..4th, or last-SA)
//   once:+3               one occurrence, `today` plus 3 days (once:+0 is today, once:-2 was)
#pragma once

#include <stdexcept>
#include <string_view>
#include <vector>

#include "kiosk/core/local_time.h"

namespace kiosk {

class DemoRuleError : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

// The dates in [first, last] the rule selects, in order. Throws DemoRuleError for a bad rule.
std::vector<LocalDate> ExpandDemoRule(std::string_view rule, const LocalDate& today, const LocalDate& first,
                                      const LocalDate& last);

}  // namespace kiosk
