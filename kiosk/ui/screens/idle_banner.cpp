// kiosk/ui/screens/idle_banner.cpp — the idle phases and the "还在使用吗？" banner.
#include "kiosk/ui/screens/idle_banner.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "kiosk/ui/screens/calendar_widgets.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/touch_widgets.h"
#include "kiosk/ui/widgets/flow_widgets.h"

namespace kiosk::ui {

IdleWatch::Phase IdleWatch::PhaseAt(double now, bool holds_someone) const {
  if (!pending_) return Phase::kAtRest;
  const double idle = now - last_input_;
  if (idle < idle_seconds_) return Phase::kInUse;
  if (holds_someone && idle < idle_seconds_ + warning_seconds_) return Phase::kWarning;
  return Phase::kResetDue;
}

int IdleWatch::SecondsLeft(double now) const {
  const double left = last_input_ + idle_seconds_ + warning_seconds_ - now;
  return std::max(1, static_cast<int>(std::ceil(left)));
}

std::optional<double> IdleWatch::SecondsUntilNextChange(double now, bool holds_someone) const {
  switch (PhaseAt(now, holds_someone)) {
    case Phase::kAtRest:
      return std::nullopt;
    case Phase::kInUse:
      return last_input_ + idle_seconds_ - now;
    case Phase::kWarning: {
      const double left = last_input_ + idle_seconds_ + warning_seconds_ - now;
      const double to_next_second = left - std::floor(left);
      return to_next_second > 1e-6 ? to_next_second : std::min(1.0, left);
    }
    case Phase::kResetDue:
      return 0.0;
  }
  return std::nullopt;
}

bool DrawIdleBanner(ScreenContext& ctx, int seconds_left) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  ImGui::SetNextWindowBgAlpha(0.55f);
  ImGui::SetNextWindowFocus();  // in front of the screen, which never comes forward itself
  constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                      ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoScrollWithMouse;
  ImGui::PushStyleColor(ImGuiCol_WindowBg, IM_COL32(0, 0, 0, 255));
  ImGui::Begin("##idle-banner", nullptr, kFlags);
  ImGui::PopStyleColor();

  bool keep = false;
  const float width = std::min(viewport->Size.x * 0.9f, Em(26));
  const float button_h = MinTargetPx() * 1.4f;
  const float height = Em(4.5f) + button_h + ImGui::GetStyle().WindowPadding.y * 2;
  const ImVec2 panel_min(viewport->Pos.x + (viewport->Size.x - width) / 2,
                         viewport->Pos.y + (viewport->Size.y - height) / 2);
  const ImVec2 panel_max(panel_min.x + width, panel_min.y + height);
  ImGui::GetWindowDrawList()->AddRectFilled(panel_min, panel_max, palette::Rgb(palette::kSurface),
                                            ImGui::GetStyle().FrameRounding * 2);
  const float pad = ImGui::GetStyle().WindowPadding.x;
  const float inner = width - 2 * pad;
  ImGui::SetCursorScreenPos(ImVec2(panel_min.x + pad, panel_min.y + pad));
  ImGui::BeginGroup();
  HeadingText(ctx.T(Str::kIdleStillThere), inner, 1.2f);
  WrappedText(FormatInt(ctx.T(Str::kIdleClearingIn), seconds_left), inner);
  ImGui::EndGroup();
  ImGui::SetCursorScreenPos(ImVec2(panel_min.x + pad, panel_max.y - pad - button_h));
  if (TouchButton(ctx.touch, ctx.T(Str::kIdleKeepUsing), ImVec2(inner, button_h), buttons::kPrimary))
    keep = true;
  // A tap anywhere else on the dimmed screen also means "still here". Submitted after the
  // button, so a press on the button stays the button's.
  ImGui::SetCursorScreenPos(viewport->Pos);
  if (ImGui::InvisibleButton("##idle-backdrop", viewport->Size) && ctx.touch.TapAllowed()) keep = true;
  ImGui::End();
  return keep;
}

}  // namespace kiosk::ui
