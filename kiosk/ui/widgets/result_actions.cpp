// kiosk/ui/widgets/result_actions.cpp — 朗读 and 打印凭条 side by side, and the print's outcome.
#include "kiosk/ui/widgets/result_actions.h"

#include <imgui.h>

#include <algorithm>

#include "kiosk/core/printing/printer_target.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/touch_widgets.h"
#include "kiosk/ui/widgets/flow_widgets.h"
#include "kiosk/ui/widgets/read_aloud_button.h"

namespace kiosk::ui {

std::string ResultSpeech(const std::string& outcome, const SlipFacts& slip, Lang lang) {
  const std::string stop = lang == Lang::kZh ? "。" : ". ", colon = lang == Lang::kZh ? "：" : ": ";
  std::string text = outcome + stop + slip.title + stop;
  if (!slip.when.empty()) text += Tr(Str::kDetailWhen, lang) + colon + slip.when + stop;
  if (!slip.place.empty()) text += Tr(Str::kDetailWhere, lang) + colon + slip.place + stop;
  if (!slip.code.empty()) {
    text += Tr(Str::kConfirmationCode, lang) + colon;
    for (char c : slip.code) (text += c) += ' ';  // one character at a time, to copy it down
    text += stop;
  }
  return text;
}

void DrawResultActions(ScreenContext& ctx, ResultActionsState& state, const std::string& outcome,
                       const SlipFacts& slip, float width) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float gap = style.ItemSpacing.x;
  const float h = MinTargetPx();
  const float w = std::min((width - gap) / 2, std::max(MinTargetPx() * 2, Em(6)));
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ReadAloudButton(ctx, ResultSpeech(outcome, slip, ctx.settings.lang), ImVec2(w, h));
  if (ctx.printer) {
    ImGui::SetCursorScreenPos(ImVec2(p.x + w + gap, p.y));
    if (TouchButton(ctx.touch, ctx.T(state.printed ? Str::kSlipPrinted : Str::kSlipPrint), ImVec2(w, h),
                    buttons::kSecondary)) {
      try {
        SendToPrinter(*ctx.printer, EscPosSlip(slip));
        state.printed = true;
        state.print_error.clear();
      } catch (const PrintError&) {
        state.print_error = ctx.T(Str::kSlipFailed);
      }
    }
  }
  ImGui::SetCursorScreenPos(ImVec2(p.x, p.y + h + style.ItemSpacing.y));
  if (!state.print_error.empty()) WrappedText(state.print_error, width);
  ImGui::Dummy(ImVec2(width, 0));
}

}  // namespace kiosk::ui
