// kiosk/core/calendar_import/ical_support.h — private to kiosk_core: conversions between CivilTime and libical's
// icaltimetype, and rule expansion with a zone attached (so a UTC UNTIL compares correctly).
#pragma once

#include <libical/ical.h>

#include <optional>
#include <string_view>
#include <vector>

#include "kiosk/core/calendar_import/recurrence.h"

namespace kiosk::ical {

// libical reports some errors through a global flag and may be built to abort on them; we
// check every result ourselves, so make errors non-fatal once per process.
void EnsureNonFatalErrors();

icaltimetype ToIcal(const CivilTime& time, const icaltimezone* zone);
CivilTime FromIcal(const icaltimetype& time);

// As kiosk::ExpandRule, with `zone` (may be null: floating time) attached to dtstart.
std::vector<CivilTime> ExpandRuleInZone(std::string_view rule, const CivilTime& dtstart, const icaltimezone* zone,
                                        const CivilTime& from, const CivilTime& to, size_t max_instances);

}  // namespace kiosk::ical
