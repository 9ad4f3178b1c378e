// kiosk/ui/screen_schedule.h — when the screen may go dark: outside kiosk.toml's opening_hours the
// kiosk, once nobody uses it, shows a black frame (and the app switches the display off by DPMS
// where it can) until a touch, which wakes it into home, or until the centre opens. Plain logic on
// a given time, no ImGui, like the app's frame scheduler.
#pragma once

#include "kiosk/core/config/kiosk_settings.h"
#include "kiosk/core/time/local_time.h"

namespace kiosk::ui {

// True from `opens` (inclusive) to `closes` (exclusive), every day.
bool WithinOpeningHours(const OpeningHours& hours, const LocalDateTime& now);
// Seconds from `now` (taken at its minute's start) until the next opening or closing, whichever
// comes first; at least 60.
double SecondsUntilScheduleChange(const OpeningHours& hours, const LocalDateTime& now);

}  // namespace kiosk::ui
