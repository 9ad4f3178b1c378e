// kiosk/ui/widgets/flow_layout.cpp — BeginCentredColumn, ResultPageLayout, DrawResultQr,
// DrawResultBottomRow.
#include "kiosk/ui/widgets/flow_layout.h"

#include <algorithm>

#include "kiosk/ui/shown_text.h"
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

namespace {
float BottomRowHeight() { return MinTargetPx() * 1.2f; }
}  // namespace

float ResultQrRoom(const ResultLayout& layout, float text_bottom, std::string_view hint) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float top = layout.portrait ? text_bottom + style.ItemSpacing.y : layout.origin.y;
  const float hint_h = MeasureText(hint, layout.qr_side).y;
  return layout.origin.y + layout.avail.y - BottomRowHeight() - style.ItemSpacing.y * 1.5f - hint_h - top;
}

float ResultQrMinSide(const ResultLayout& layout) { return std::min(Em(4), layout.qr_side); }

void DrawResultQr(const ResultLayout& layout, const QrModules& qr, float text_bottom, std::string_view hint,
                  float keep_free) {
  const ImGuiStyle& style = ImGui::GetStyle();
  // Under long words (a waitlist note, 大字) or above the rating prompt the code shrinks to the
  // room left above the bottom row rather than running under it.
  const float side = std::clamp(ResultQrRoom(layout, text_bottom, hint) - keep_free, ResultQrMinSide(layout),
                                layout.qr_side);
  const ImVec2 pos = layout.portrait ? ImVec2(layout.origin.x + (layout.avail.x - side) / 2,
                                              text_bottom + style.ItemSpacing.y)
                                     : ImVec2(layout.origin.x + layout.text_w + layout.gap, layout.origin.y);
  DrawQr(ImGui::GetWindowDrawList(), qr, pos, side);
  ImGui::SetCursorScreenPos(ImVec2(pos.x, pos.y + side + style.ItemSpacing.y * 0.5f));
  WrappedText(hint, layout.qr_side, 1.0f, true);
}

bool DrawResultBottomRow(ScreenContext& ctx, const ResultLayout& layout, int seconds_left) {
  const float button_h = BottomRowHeight();
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
