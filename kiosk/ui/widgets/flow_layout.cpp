// kiosk/ui/widgets/flow_layout.cpp — BeginCentredColumn, ResultPageLayout, DrawResultQr,
// DrawResultBottomRow.
#include "kiosk/ui/widgets/flow_layout.h"

#include <algorithm>

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

void DrawResultQr(const ResultLayout& layout, const QrModules& qr, float text_bottom, std::string_view hint) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const ImVec2 pos = layout.portrait ? ImVec2(layout.origin.x + (layout.avail.x - layout.qr_side) / 2,
                                              text_bottom + style.ItemSpacing.y)
                                     : ImVec2(layout.origin.x + layout.text_w + layout.gap, layout.origin.y);
  DrawQr(ImGui::GetWindowDrawList(), qr, pos, layout.qr_side);
  ImGui::SetCursorScreenPos(ImVec2(pos.x, pos.y + layout.qr_side + style.ItemSpacing.y * 0.5f));
  WrappedText(hint, layout.qr_side, 1.0f, true);
}

bool DrawResultBottomRow(ScreenContext& ctx, const ResultLayout& layout, int seconds_left) {
  const float button_h = MinTargetPx() * 1.2f;
  const float button_w = std::min(layout.avail.x / 3, Em(ctx.portrait() ? 8 : 10));
  const float x = layout.origin.x, y = layout.origin.y + layout.avail.y - button_h;
  ImGui::SetCursorScreenPos(ImVec2(x, y + (button_h - ImGui::GetFontSize()) / 2));
  WrappedText(FormatInt(ctx.T(Str::kReturnHomeIn), seconds_left),
              layout.avail.x - 2 * (button_w + layout.gap), 1.0f, true);
  ImGui::SetCursorScreenPos(ImVec2(x + layout.avail.x - 2 * button_w - layout.gap, y));
  const bool stay =
      TouchButton(ctx.touch, ctx.T(Str::kStayLonger), ImVec2(button_w, button_h), buttons::kSecondary);
  ImGui::SetCursorScreenPos(ImVec2(x + layout.avail.x - button_w, y));
  if (TouchButton(ctx.touch, ctx.T(Str::kDone), ImVec2(button_w, button_h), buttons::kPrimary))
    ctx.nav.Home();
  return stay;
}

}  // namespace kiosk::ui
