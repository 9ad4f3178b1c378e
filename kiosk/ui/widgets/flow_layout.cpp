// kiosk/ui/widgets/flow_layout.cpp — BeginCentredColumn, ResultPageLayout, DrawResultBottomRow.
#include "kiosk/ui/widgets/flow_layout.h"

#include <algorithm>
#include <string>

#include "kiosk/ui/screens/calendar_widgets.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/touch_widgets.h"
#include "kiosk/ui/widgets/flow_widgets.h"

namespace kiosk::ui {

float BeginCentredColumn(float max_em, float top_em) {
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float width = std::min(avail.x, Em(max_em));
  const ImVec2 cursor = ImGui::GetCursorScreenPos();
  ImGui::SetCursorScreenPos(ImVec2(cursor.x + (avail.x - width) / 2, cursor.y + Em(top_em)));
  ImGui::BeginGroup();
  return width;
}

ResultLayout ResultPageLayout(bool portrait) {
  ResultLayout layout;
  layout.origin = ImGui::GetCursorScreenPos();
  layout.avail = ImGui::GetContentRegionAvail();
  layout.portrait = portrait;
  layout.gap = ImGui::GetStyle().ItemSpacing.x * 3;
  layout.qr_side = portrait ? std::min(layout.avail.x * 0.5f, layout.avail.y * 0.3f)
                            : std::min(layout.avail.x * 0.3f, layout.avail.y * 0.6f);
  layout.text_w = portrait ? layout.avail.x : layout.avail.x - layout.qr_side - layout.gap;
  return layout;
}

float ResultBottomRowHeight() { return MinTargetPx() * 1.2f; }

bool DrawResultBottomRow(ScreenContext& ctx, const ResultLayout& layout, int seconds_left) {
  const float button_h = ResultBottomRowHeight();
  const float button_w = std::min(layout.avail.x / 3, Em(ctx.portrait() ? 8 : 10));
  const float x = layout.origin.x, y = layout.origin.y + layout.avail.y - button_h;
  // Centred on the buttons; from their top when it wraps (大字 portrait), so it never runs off the page.
  const std::string countdown = FormatInt(ctx.T(Str::kReturnHomeIn), seconds_left);
  const float text_w = layout.avail.x - 2 * (button_w + layout.gap);
  const float text_h = ImGui::CalcTextSize(countdown.c_str(), nullptr, false, text_w).y;
  ImGui::SetCursorScreenPos(ImVec2(x, y + std::max(0.0f, (button_h - text_h) / 2)));
  WrappedText(countdown, text_w, 1.0f, true);
  ImGui::SetCursorScreenPos(ImVec2(x + layout.avail.x - 2 * button_w - layout.gap, y));
  const bool stay =
      TouchButton(ctx.touch, ctx.T(Str::kStayLonger), ImVec2(button_w, button_h), buttons::kSecondary);
  ImGui::SetCursorScreenPos(ImVec2(x + layout.avail.x - button_w, y));
  if (TouchButton(ctx.touch, ctx.T(Str::kDone), ImVec2(button_w, button_h), buttons::kPrimary))
    ctx.nav.Home();
  return stay;
}

}  // namespace kiosk::ui
