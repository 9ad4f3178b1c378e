// kiosk/ui/widgets/flow_layout.cpp — BeginCentredColumn, ResultPageLayout, DrawResultBottomRow.
#include "kiosk/ui/widgets/flow_layout.h"

#include <algorithm>
#include <string>

#include "kiosk/ui/shown_text.h"
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

namespace {

float ButtonsHeight() { return MinTargetPx() * 1.2f; }
float ButtonWidth(const ScreenContext& ctx, const ResultLayout& layout) {
  return std::min(layout.avail.x / 3, Em(ctx.portrait() ? 8 : 10));
}

// "30秒后返回首页": beside the buttons where it fits in their height, else on its own line above
// them (English 大字 in portrait), so it never runs under them or off the page.
struct Countdown {
  bool own_line = false;
  float w = 0, h = 0;
};
Countdown CountdownPlace(const ScreenContext& ctx, const ResultLayout& layout) {
  const std::string widest = FormatInt(ctx.T(Str::kReturnHomeIn), 88);  // the row never moves as it counts
  Countdown c;
  c.w = layout.avail.x - 2 * (ButtonWidth(ctx, layout) + layout.gap);
  c.h = MeasureText(widest, c.w).y;
  if (c.h > ButtonsHeight()) {
    c.own_line = true;
    c.w = layout.avail.x;
    c.h = MeasureText(widest, c.w).y;
  }
  return c;
}

}  // namespace

float ResultBottomRowHeight(const ScreenContext& ctx, const ResultLayout& layout) {
  const Countdown c = CountdownPlace(ctx, layout);
  return ButtonsHeight() + (c.own_line ? c.h + ImGui::GetStyle().ItemSpacing.y : 0);
}

bool DrawResultBottomRow(ScreenContext& ctx, const ResultLayout& layout, int seconds_left) {
  const float button_h = ButtonsHeight();
  const float button_w = ButtonWidth(ctx, layout);
  const float x = layout.origin.x, y = layout.origin.y + layout.avail.y - button_h;
  const Countdown place = CountdownPlace(ctx, layout);
  const std::string countdown = FormatInt(ctx.T(Str::kReturnHomeIn), seconds_left);
  ImGui::SetCursorScreenPos(place.own_line ? ImVec2(x, y - ImGui::GetStyle().ItemSpacing.y - place.h)
                                           : ImVec2(x, y + (button_h - place.h) / 2));
  WrappedText(countdown, place.w, 1.0f, true);
  ImGui::SetCursorScreenPos(ImVec2(x + layout.avail.x - 2 * button_w - layout.gap, y));
  const bool stay =
      TouchButton(ctx.touch, ctx.T(Str::kStayLonger), ImVec2(button_w, button_h), buttons::kSecondary);
  ImGui::SetCursorScreenPos(ImVec2(x + layout.avail.x - button_w, y));
  if (TouchButton(ctx.touch, ctx.T(Str::kDone), ImVec2(button_w, button_h), buttons::kPrimary))
    ctx.nav.Home();
  return stay;
}

}  // namespace kiosk::ui
