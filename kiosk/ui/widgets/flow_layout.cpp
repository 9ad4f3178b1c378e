// kiosk/ui/widgets/flow_layout.cpp — BeginCentredColumn, ResultPageLayout, DrawResultQr.
#include "kiosk/ui/widgets/flow_layout.h"

#include <algorithm>

#include "kiosk/ui/theme.h"
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

}  // namespace kiosk::ui
