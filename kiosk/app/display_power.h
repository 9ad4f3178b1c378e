// kiosk/app/display_power.h — switching the display off and on for the screen schedule: the X11
// DPMS extension where the display has it (an X server; Xwayland under cage may ignore it);
// elsewhere nothing, and the UI's black frame stands alone.
#pragma once

namespace kiosk::app {

// Uses its own short connection to $DISPLAY (called only when the schedule changes).
// True when the display took the request.
bool SetDisplayPower(bool on);

}  // namespace kiosk::app
