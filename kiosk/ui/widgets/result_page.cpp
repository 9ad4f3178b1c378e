// kiosk/ui/widgets/result_page.cpp — the result page's bands (bottom row, 好差评, words) and the QR
// code where room is left, or behind 显示二维码.
#include "kiosk/ui/widgets/result_page.h"

#include <imgui.h>

#include <algorithm>

#include "kiosk/ui/shown_text.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/touch_widgets.h"
#include "kiosk/ui/widgets/flow_layout.h"
#include "kiosk/ui/widgets/flow_widgets.h"
#include "kiosk/ui/widgets/list_pager.h"
#include "kiosk/ui/widgets/rating_prompt.h"

namespace kiosk::ui {
namespace {

// The smallest code drawn: four lines of text high (a phone still reads it at arm's length).
float MinQrSide(float max_side) { return std::min(Em(4), max_side); }

// 显示二维码 or 收起二维码, as wide as its words need and at least two targets.
ImVec2 QrButtonSize(const ScreenContext& ctx) {
  const float words =
      std::max(MeasureText(ctx.T(Str::kShowQr)).x, MeasureText(ctx.T(Str::kHideQr)).x);
  return ImVec2(std::max({words + ImGui::GetStyle().FramePadding.x * 2, MinTargetPx() * 2, Em(6)}),
                MinTargetPx());
}

// The height of 显示二维码 with `hint` beside it, `width` wide.
float QrButtonRowHeight(const ScreenContext& ctx, std::string_view hint, float width) {
  const ImVec2 button = QrButtonSize(ctx);
  const float text_w = width - button.x - ImGui::GetStyle().ItemSpacing.x * 2;
  return std::max(button.y, MeasureText(hint, text_w).y);
}

// The side of the code with `hint` under it in `room` px of height, `width` wide: as large as fits,
// at most `max_side`; 0 where less than the smallest code fits.
float QrSide(std::string_view hint, float width, float room, float max_side) {
  // The hint starts under the code's left edge: measured at half the width, the narrowest it gets.
  const float hint_h = MeasureText(hint, width / 2).y;
  const float side = std::min({room - hint_h - ImGui::GetStyle().ItemSpacing.y * 1.5f, max_side, width});
  return side >= MinQrSide(max_side) ? side : 0;
}

// At the cursor, `width` wide, in `room` px of height: the code (at most `max_side`, centred) with
// `hint` under it; where less than the smallest code fits, 显示二维码 with `hint` beside it.
void DrawQrOrButton(ScreenContext& ctx, ResultPageState& page, const QrModules& qr, std::string_view hint,
                    float width, float room, float max_side) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  if (const float side = QrSide(hint, width, room, max_side); side > 0) {
    const ImVec2 pos(p.x + (width - side) / 2, p.y);
    DrawQr(ImGui::GetWindowDrawList(), qr, pos, side);
    ImGui::SetCursorScreenPos(ImVec2(pos.x, pos.y + side + style.ItemSpacing.y * 0.5f));
    WrappedText(hint, p.x + width - pos.x, 1.0f, true);
    return;
  }
  const ImVec2 button = QrButtonSize(ctx);
  if (TouchButton(ctx.touch, ctx.T(Str::kShowQr), button, buttons::kSecondary)) {
    page.qr_shown = true;
    ctx.touch.GuardAfterChange();  // a double tap does not hide it again
  }
  const float text_x = p.x + button.x + style.ItemSpacing.x * 2;
  const float text_h =
      MeasureText(hint, p.x + width - text_x).y;
  ImGui::SetCursorScreenPos(ImVec2(text_x, p.y + std::max(0.0f, (button.y - text_h) / 2)));
  WrappedText(hint, p.x + width - text_x, 1.0f, true);
  ImGui::SetCursorScreenPos(ImVec2(p.x, p.y + std::max(button.y, text_h) + style.ItemSpacing.y));
  ImGui::Dummy(ImVec2(width, 0));
}

// 显示二维码 tapped: the code as large as the words' room allows, its hint, and 收起二维码.
void DrawQrShown(ScreenContext& ctx, ResultPageState& page, const QrModules& qr, std::string_view hint,
                 float width, float height) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const ImVec2 button = QrButtonSize(ctx);
  const float hint_h = MeasureText(hint, width).y;
  const float side =
      std::max(std::min(width, height - hint_h - button.y - style.ItemSpacing.y * 3), MinQrSide(width));
  DrawQr(ImGui::GetWindowDrawList(), qr, ImVec2(p.x + (width - side) / 2, p.y), side);
  ImGui::SetCursorScreenPos(ImVec2(p.x, p.y + side + style.ItemSpacing.y * 0.5f));
  WrappedText(hint, width, 1.0f, true);
  ImGui::SetCursorScreenPos(ImVec2(p.x + (width - button.x) / 2, ImGui::GetCursorScreenPos().y));
  if (TouchButton(ctx.touch, ctx.T(Str::kHideQr), button, buttons::kSecondary)) {
    page.qr_shown = false;
    ctx.touch.GuardAfterChange();
  }
}

}  // namespace

bool DrawResultPage(ScreenContext& ctx, ResultPageState& page, const std::function<void(float width)>& words,
                    const QrModules& qr, std::string_view qr_hint, const RatedThing& rated,
                    int seconds_left) {
  const float spacing = ImGui::GetStyle().ItemSpacing.y;
  const ResultLayout layout = ResultPageLayout(ctx.portrait());
  const float bottom_row_top = layout.origin.y + layout.avail.y - ResultBottomRowHeight(ctx, layout);

  // 好差评's band: across the page in portrait; in landscape at the foot of the right-hand column,
  // widened (up to 42 % of the page) until its reasons sit two to a row and 显示二维码 fits above
  // it (大字 on 21.5"); across the page only if even that column is too short.
  const float column_h = bottom_row_top - spacing - layout.origin.y;
  float column_w = layout.qr_side;
  for (const float share : {0.36f, 0.42f}) {
    if (layout.portrait ||
        RatingPromptHeight(ctx, column_w) + QrButtonRowHeight(ctx, qr_hint, column_w) + spacing * 2 <=
            column_h)
      break;
    column_w = std::max(layout.qr_side, layout.avail.x * share);
  }
  const float text_w = layout.portrait ? layout.text_w : layout.avail.x - column_w - layout.gap;
  const float column_x = layout.origin.x + text_w + layout.gap;
  const bool band_across = layout.portrait || RatingPromptHeight(ctx, column_w) > column_h - spacing;
  const float band_x = band_across ? layout.origin.x : column_x;
  const float band_w = band_across ? layout.avail.x : column_w;
  const float band_top = bottom_row_top - spacing - RatingPromptHeight(ctx, band_w);
  // In landscape the code (or 显示二维码) goes in the column above the band when it fits there,
  // else 显示二维码 goes under the words.
  const float column_room = (band_across ? bottom_row_top : band_top) - spacing - layout.origin.y;
  const bool qr_in_column = !layout.portrait && (QrSide(qr_hint, column_w, column_room, layout.qr_side) > 0 ||
                                                 QrButtonRowHeight(ctx, qr_hint, column_w) <= column_room);

  // The words, in a list of their own that pages when they are longer than their room; or, after
  // 显示二维码, the code in their place (sized to fit it: no pages).
  const float words_bottom = (band_across ? band_top : bottom_row_top) - spacing;
  const bool paged = page.words_paged && !page.qr_shown;
  const float words_h = words_bottom - layout.origin.y - (paged ? ListPagerHeight() : 0);
  ImGui::SetCursorScreenPos(layout.origin);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::BeginChild(page.qr_shown ? "result qr" : "result words", ImVec2(text_w, words_h), false,
                    ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoScrollWithMouse |
                        ImGuiWindowFlags_NoScrollbar);  // the page bar says where it is
  ListPage words_page;
  if (page.qr_shown) {
    DrawQrShown(ctx, page, qr, qr_hint, text_w, words_h);
  } else {
    ImGui::BeginGroup();
    words(text_w);
    ImGui::EndGroup();
    if (!qr_in_column) {
      ImGui::SetCursorPosY(ImGui::GetCursorPosY() + spacing * 0.5f);
      // Content coordinates: the choice does not change as the words scroll.
      const float room = layout.portrait ? words_h - ImGui::GetCursorPosY() : 0;  // landscape: the button
      DrawQrOrButton(ctx, page, qr, qr_hint, text_w, room, layout.qr_side);
    }
    ctx.touch.DragScrollCurrentWindow();
    words_page = ListPageInside(&page.page_turn);
    page.words_paged = words_page.pages > 1;
  }
  ImGui::EndChild();
  ImGui::PopStyleVar();
  if (paged) {
    ImGui::SetCursorScreenPos(ImVec2(layout.origin.x, layout.origin.y + words_h));
    page.page_turn = ListPagerBar(ctx.touch, words_page, ctx.settings.lang, text_w);
  }

  if (qr_in_column && !page.qr_shown) {
    ImGui::SetCursorScreenPos(ImVec2(column_x, layout.origin.y));
    DrawQrOrButton(ctx, page, qr, qr_hint, column_w, column_room, layout.qr_side);
  }
  ImGui::SetCursorScreenPos(ImVec2(band_x, band_top));
  DrawRatingPrompt(ctx, page.rating, rated, band_w);

  return DrawResultBottomRow(ctx, layout, seconds_left);
}

}  // namespace kiosk::ui
