// kiosk/ui/screens/admin_hold.cpp — the long press with its filling ring, built like ImGui's
// ButtonEx (ItemAdd -> ButtonBehavior -> render) but with no target and no label.
#include "kiosk/ui/screens/admin_hold.h"

#include <imgui_internal.h>

#include <algorithm>

#include "kiosk/ui/theme.h"

namespace kiosk::ui {

bool AdminHold(ScreenContext& ctx, ImVec2 min, ImVec2 max, bool* holding) {
  *holding = false;
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  const ImGuiID id = window->GetID("##admin-hold");
  const ImRect bb(min, max);
  if (!ImGui::ItemAdd(bb, id)) return false;
  bool hovered = false, held = false;
  ImGui::ButtonBehavior(bb, id, &hovered, &held, 0);
  if (!held || ctx.touch.IsDragGesture()) return false;
  const ImGuiIO& io = ImGui::GetIO();
  const double pressed = io.MouseDownDuration[0];
  const float progress = static_cast<float>(std::min(1.0, pressed / kAdminHoldSeconds));
  // The ring: a faint circle and the filled part from twelve o'clock, around the finger.
  ImDrawList* draw = ImGui::GetForegroundDrawList();
  const ImVec2 centre = io.MouseClickedPos[0];
  const float radius = Em(1.6f), thickness = Em(0.3f);
  constexpr float kTop = -IM_PI / 2;
  draw->AddCircle(centre, radius, IM_COL32(255, 255, 255, 90), 48, thickness);
  draw->PathArcTo(centre, radius, kTop, kTop + progress * 2 * IM_PI, 48);
  draw->PathStroke(palette::Rgb(palette::kOnDark), 0, thickness);
  *holding = pressed < kAdminHoldSeconds;
  return pressed >= kAdminHoldSeconds && pressed - io.DeltaTime < kAdminHoldSeconds;
}

}  // namespace kiosk::ui
