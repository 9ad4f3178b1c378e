// kiosk/ui/screens/placeholder_screen.cpp
#include "kiosk/ui/screens/placeholder_screen.h"

#include <imgui.h>

#include "kiosk/ui/screen_chrome.h"
#include "kiosk/ui/shown_text.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/touch_widgets.h"

namespace kiosk::ui {

void DrawPlaceholderScreen(ScreenContext& ctx, Str title) {
  DrawTopBar(ctx, ctx.T(title));
  const float width = ImGui::GetContentRegionAvail().x;
  ImGui::Dummy(ImVec2(0, Em(2)));
  const float text_w = std::min(width, Em(24));
  ImGui::SetCursorPosX((ImGui::GetWindowWidth() - text_w) / 2);
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + text_w);
  ShowText(ctx.T(Str::kComingSoonTitle));
  ImGui::Dummy(ImVec2(0, Em(0.5f)));
  ShowText(ctx.T(Str::kComingSoonBody));
  ImGui::PopTextWrapPos();
  ImGui::Dummy(ImVec2(0, Em(1.5f)));
  if (TouchButton(ctx.touch, ctx.T(Str::kHome), ImVec2(text_w, MinTargetPx() * 1.2f), buttons::kPrimary,
                  "big"))
    ctx.nav.Home();
  ImGui::EndGroup();
}

}  // namespace kiosk::ui
