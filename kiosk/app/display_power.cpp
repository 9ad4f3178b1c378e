// kiosk/app/display_power.cpp — DPMS on $DISPLAY.
#include "kiosk/app/display_power.h"

#include <X11/Xlib.h>
#include <X11/extensions/dpms.h>

namespace kiosk::app {

bool SetDisplayPower(bool on) {
  Display* display = XOpenDisplay(nullptr);
  if (display == nullptr) return false;
  int event_base = 0, error_base = 0;
  const bool capable = DPMSQueryExtension(display, &event_base, &error_base) && DPMSCapable(display);
  if (capable) {
    if (!on) DPMSEnable(display);  // ForceLevel needs DPMS enabled
    DPMSForceLevel(display, on ? DPMSModeOn : DPMSModeOff);
    XSync(display, False);
  }
  XCloseDisplay(display);
  return capable;
}

}  // namespace kiosk::app
