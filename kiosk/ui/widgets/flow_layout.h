// kiosk/ui/widgets/flow_layout.h — the page layouts the sign-up and booking steps share: a column
// centred in the content area (confirm, matter), and a result page's QR code beside the words in
// landscape or under them in portrait, with its hint, and its bottom row (countdown, 再看一会, 完成).
#pragma once

#include <imgui.h>

#include <string_view>

#include "kiosk/ui/screen_context.h"
#include "kiosk/ui/screens/calendar_widgets.h"

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

// Draws the QR code beside the words (landscape) or under them, ending at `text_bottom`
// (portrait), with `hint` under it; the cursor is left under the hint. The code shrinks (never
// under six lines of text) so that it ends above the bottom row with `keep_free` px to spare
// under the hint (好差评, rating_prompt.h).
void DrawResultQr(const ResultLayout& layout, const QrModules& qr, float text_bottom, std::string_view hint,
                  float keep_free = 0);
// The height DrawResultQr has for the code and what it keeps free, and the smallest code it draws.
float ResultQrRoom(const ResultLayout& layout, float text_bottom, std::string_view hint);
float ResultQrMinSide(const ResultLayout& layout);

// A result page's bottom row: "30秒后返回首页" counting `seconds_left`, then 再看一会 and 完成 (which
// goes home). True when 再看一会 was tapped: the caller restarts its countdown.
bool DrawResultBottomRow(ScreenContext& ctx, const ResultLayout& layout, int seconds_left);

}  // namespace kiosk::ui
