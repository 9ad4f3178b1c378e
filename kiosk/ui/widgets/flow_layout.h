// kiosk/ui/widgets/flow_layout.h — the page layouts the sign-up and booking steps share: a column
// centred in the content area (confirm, matter), a result page's columns (words, QR code) and its
// bottom row (countdown, 再看一会, 完成). The result page itself: result_page.h.
#pragma once

#include <imgui.h>

#include "kiosk/ui/screen_context.h"

namespace kiosk::ui {

// Moves the cursor to a column at most `max_em` wide, centred, `top_em` down, and begins a group
// (end it with ImGui::EndGroup()). Returns the column's width.
float BeginCentredColumn(float max_em, float top_em = 0.5f);

// Where a result page puts its words and its QR code, from the cursor and the content region.
struct ResultLayout {
  ImVec2 origin, avail;
  bool portrait = false;
  float gap = 0, qr_side = 0, text_w = 0;
};
ResultLayout ResultPageLayout(bool portrait);

// A result page's bottom row: "30秒后返回首页" counting `seconds_left`, then 再看一会 and 完成 (which
// goes home); the countdown goes on its own line above them where it does not fit beside them.
// True when 再看一会 was tapped: the caller restarts its countdown.
bool DrawResultBottomRow(ScreenContext& ctx, const ResultLayout& layout, int seconds_left);
// Its height, from the bottom of the content region.
float ResultBottomRowHeight(const ScreenContext& ctx, const ResultLayout& layout);

}  // namespace kiosk::ui
