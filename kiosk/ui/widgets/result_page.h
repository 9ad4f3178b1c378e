// kiosk/ui/widgets/result_page.h — a completed flow's result page (sign-up, booking), laid out
// from the bottom up so that nothing is left out and nothing overlaps, in every panel size,
// orientation, language and text size:
//   * the bottom row: "30秒后返回首页", 再看一会, 完成 (flow_layout.h);
//   * above it, 好差评's own band, as tall as the prompt's tallest stage (so the page does not move
//     as the prompt goes on): across the page in portrait, at the foot of the right-hand column
//     in landscape (the column widened for it where it would be too tall: 大字 on 21.5");
//   * the words (outcome, facts, code, the 朗读 row) in the rest, at their full size: words longer
//     than their room (大字 on a small panel) scroll, with 上一页/下一页 under them;
//   * the QR code and its purpose sentence in what is left (under the words in portrait, above the
//     prompt in landscape), as large as fits; where not even a small code fits, a 显示二维码 button
//     with the sentence beside it stands in its place (under the words if the column cannot hold
//     it either), and shows the code, large, where the words were, with 收起二维码 under it.
// Nothing shrinks for the prompt: the code is never under four lines of text high.
#pragma once

#include <functional>
#include <string_view>

#include "kiosk/core/feedback/ratings.h"
#include "kiosk/ui/screen_context.h"
#include "kiosk/ui/screens/calendar_widgets.h"

namespace kiosk::ui {

// One resident's result page; the screen keeps it in its per-person state (cleared with it).
struct ResultPageState {
  RatingSession rating;      // 好差评
  bool qr_shown = false;     // 显示二维码 tapped: the code shows where the words were
  bool words_paged = false;  // the words did not fit last frame: the page bar stays under them
  int page_turn = 0;         // 上一页/下一页 tapped, applied next frame (list_pager.h)
};

// Draws the page in the content region. `words(width)` draws the outcome, facts, code and the
// 朗读 row at the cursor, `width` wide. True when 再看一会 was tapped (restart the countdown).
bool DrawResultPage(ScreenContext& ctx, ResultPageState& page, const std::function<void(float width)>& words,
                    const QrModules& qr, std::string_view qr_hint, const RatedThing& rated, int seconds_left);

}  // namespace kiosk::ui
