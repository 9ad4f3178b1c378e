// kiosk/ui/widgets/result_actions.h — the row under a confirmation (sign-up, booking): 朗读 reads
// the result out, and 打印凭条 prints the slip when kiosk.toml names a printer (absent otherwise).
// What is read and what is printed come from one SlipFacts, so they say the same thing.
//
// The screen keeps a ResultActionsState in its per-person state (cleared with it).
#pragma once

#include <string>

#include "kiosk/core/printing/receipt_slip.h"
#include "kiosk/ui/screen_context.h"

namespace kiosk::ui {

struct ResultActionsState {
  bool printed = false;
  std::string print_error;  // one sentence, shown under the buttons
};

// `outcome`: the result's heading ("报名成功"). Draws at the cursor, `width` wide.
void DrawResultActions(ScreenContext& ctx, ResultActionsState& state, const std::string& outcome,
                       const SlipFacts& slip, float width);

// What 朗读 says for a result: the outcome, then the slip's facts with their names.
std::string ResultSpeech(const std::string& outcome, const SlipFacts& slip, Lang lang);

}  // namespace kiosk::ui
