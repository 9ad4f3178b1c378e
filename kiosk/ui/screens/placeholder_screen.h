// kiosk/ui/screens/placeholder_screen.h — a plain "coming soon" screen with Back and Home,
// for tiles whose screens are not built yet.
#pragma once

#include "kiosk/ui/screen_context.h"

namespace kiosk::ui {

void DrawPlaceholderScreen(ScreenContext& ctx, Str title);

}  // namespace kiosk::ui
