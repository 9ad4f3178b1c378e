// kiosk/ui/screens/admin_hold.h — the staff's way in: a kAdminHoldSeconds press on the centre's
// name in the home header. While the finger stays, a ring fills around it, so staff know to hold;
// a resident's tap does nothing. It registers no target and draws no text: nothing of the admin
// is visible on a public screen.
#pragma once

#include <imgui.h>

#include "kiosk/ui/screen_context.h"

namespace kiosk::ui {

inline constexpr double kAdminHoldSeconds = 5;

// Over the rectangle [min, max] already drawn (the centre's name). True on the one frame the
// press reaches kAdminHoldSeconds. *holding is true while a press is filling the ring (the app
// must keep drawing frames for the ring to fill).
bool AdminHold(ScreenContext& ctx, ImVec2 min, ImVec2 max, bool* holding);

}  // namespace kiosk::ui
