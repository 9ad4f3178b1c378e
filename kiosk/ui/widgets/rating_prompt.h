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

#include "kiosk/core/feedback/ratings.h"
#include "kiosk/ui/screen_context.h"

namespace kiosk::ui {

// Draws at the cursor, `width` wide, the prompt of `rated`: a new session starts when `rated`
// differs from the one `session` holds (another completed flow). A failed write is logged; the
// resident sees the prompt move on as if it had worked.
void DrawRatingPrompt(ScreenContext& ctx, RatingSession& session, const RatedThing& rated, float width);

// The height of the prompt's tallest stage at `width` (the three choices or the five reasons):
// the band a page keeps for it, so that the page does not move as the prompt goes on.
float RatingPromptHeight(const ScreenContext& ctx, float width);

}  // namespace kiosk::ui
