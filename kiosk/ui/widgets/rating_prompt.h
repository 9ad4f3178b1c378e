// kiosk/ui/widgets/rating_prompt.h — 好差评 under a completed flow's result (sign-up, booking, a
// volunteer's check-in or check-out): "服务满意吗？（可不评）" and three big buttons
// 满意 / 基本满意 / 不满意 (words, one colour: nothing is said by colour); after 基本满意 or 不满意
// "哪里不满意？" and five reasons; then "✓ 谢谢您的评价" and the buttons go. Optional and never
// blocking: the result's countdown, 再看一会 and 完成 are untouched. The rules and the anonymous
// record: kiosk/core/feedback/ratings.h.
//
// Targets are labelled "评价：满意", "原因：字太小" (unique on the screen, for read-aloud and tests).
// The screen keeps a RatingSession in its per-person state (cleared with it).
#pragma once

#include <string_view>

#include "kiosk/core/feedback/ratings.h"
#include "kiosk/ui/screen_context.h"
#include "kiosk/ui/screens/calendar_widgets.h"
#include "kiosk/ui/widgets/flow_layout.h"

namespace kiosk::ui {

// Draws at the cursor, `width` wide, the prompt of `rated`: a new session starts when `rated`
// differs from the one `session` holds (another completed flow). A failed write is logged; the
// resident sees the prompt move on as if it had worked.
void DrawRatingPrompt(ScreenContext& ctx, RatingSession& session, const RatedThing& rated, float width);

// A result page's QR code and its hint (DrawResultQr) with the prompt under them: in the QR's
// column in landscape, across the page in portrait. The code shrinks so that the prompt's
// tallest stage fits above the bottom row, and the page does not move as the prompt moves on.
// When the words leave no room for both (a long result in 大字 on a small panel), the code stays
// and the prompt is left out: a rating is never worth a cut-off page.
void DrawResultQrAndRating(ScreenContext& ctx, const ResultLayout& layout, const QrModules& qr,
                           float text_bottom, std::string_view hint, RatingSession& session,
                           const RatedThing& rated);

}  // namespace kiosk::ui
