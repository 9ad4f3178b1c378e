// kiosk/ui/screens/signup_name_step.cpp — who is signing up: "张*军，是您吗？" (是 / 不是) when the
// number is on the roster or gave a name before; otherwise the optional name, typed as pinyin on
// the big keyboard and picked from libgooglepinyin's candidates (跳过 leaves it out).
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "kiosk/core/people/names.h"
#include "kiosk/ui/screen_chrome.h"
#include "kiosk/ui/screens/signup_screen.h"
#include "kiosk/ui/shown_text.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/touch_widgets.h"
#include "kiosk/ui/widgets/flow_widgets.h"

namespace kiosk::ui {

void SignupScreen::DrawIsThisYou(ScreenContext& ctx) {
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float width = std::min(avail.x, Em(26));
  const float x = ImGui::GetCursorScreenPos().x + (avail.x - width) / 2;
  ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + Em(1.5f)));
  HeadingText(FormatText(ctx.T(Str::kIsThisYou), state_.known ? state_.known->masked_name : std::string()),
              width);
  ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + Em(0.3f)));
  WrappedText(PhoneTailText(state_.phone, ctx.settings.lang), width, 1.0f, true);
  const float gap = ImGui::GetStyle().ItemSpacing.x * 2;
  const float button_w = (width - gap) / 2, button_h = MinTargetPx() * 1.3f;
  const float y = ImGui::GetCursorScreenPos().y + Em(1.5f);
  ImGui::SetCursorScreenPos(ImVec2(x, y));
  if (TouchButton(ctx.touch, ctx.T(Str::kYes), ImVec2(button_w, button_h), buttons::kPrimary)) {
    state_.name = state_.known ? std::optional<std::string>(state_.known->display_name) : std::nullopt;
    GoTo(ctx, Step::kConfirm);
    return;
  }
  ImGui::SetCursorScreenPos(ImVec2(x + button_w + gap, y));
  if (TouchButton(ctx.touch, ctx.T(Str::kNo), ImVec2(button_w, button_h), buttons::kSecondary)) {
    state_.name.reset();
    GoTo(ctx, Step::kName);
  }
}

void SignupScreen::DrawName(ScreenContext& ctx) {
  // Every candidate is offered; characters the font lacks are added to it (a rebuild between
  // frames), so an uncommon surname shows as itself, never as '?'.
  name_keyboard_.UpdateCandidates(nullptr, 12);
  for (const PinyinCandidate& c : name_keyboard_.candidates()) RequestGlyphs(ctx, c.text);

  const ImGuiStyle& style = ImGui::GetStyle();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const bool portrait = ctx.portrait();
  const float window_x0 = ImGui::GetWindowPos().x + style.WindowPadding.x;
  const float window_x1 = ImGui::GetWindowPos().x + ImGui::GetWindowWidth() - style.WindowPadding.x;
  const float keys_h = PinyinKeyboard::KeysHeight(window_x1 - window_x0);
  const float bottom = origin.y + avail.y;

  // The prompt, the field, a notice; 跳过 and 下一步 beside (landscape) or under (portrait) them.
  const float field_w = portrait ? avail.x : std::floor(avail.x * 0.6f);
  WrappedText(ctx.T(Str::kNamePrompt), field_w, 1.1f);
  const float field_h = ImGui::GetFontSize() * 1.3f + style.FramePadding.y * 2 + Em(0.3f);
  const ImVec2 fmin = ImGui::GetCursorScreenPos(), fmax(fmin.x + field_w, fmin.y + field_h);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(fmin, fmax, palette::Rgb(palette::kSurface), style.FrameRounding);
  draw->AddRect(fmin, fmax, palette::Rgb(palette::kText), style.FrameRounding, 0, 2.0f);
  const std::string& committed = name_keyboard_.committed();
  const std::string& letters = name_keyboard_.letters();
  const ImVec2 tp(fmin.x + style.FramePadding.x, fmin.y + (field_h - ImGui::GetFontSize()) / 2);
  if (committed.empty() && letters.empty()) {
    DrawTextFit(draw, tp, field_w - style.FramePadding.x * 2, ImGui::GetFontSize(),
                palette::Rgb(palette::kTextMuted), ctx.T(Str::kNameHint));
  } else {
    ImGui::SetCursorScreenPos(tp);
    ShowText(committed);
    const float cw = MeasureText(committed).x;
    const ImVec2 lp(tp.x + cw, tp.y);
    DrawText(draw, lp, palette::Rgb(palette::kTileBlue), letters);
    const float lw = MeasureText(letters).x;
    if (lw > 0)  // letters still to become Chinese are underlined, as in any IME
      draw->AddLine(ImVec2(lp.x, lp.y + ImGui::GetFontSize() * 1.15f),
                    ImVec2(lp.x + lw, lp.y + ImGui::GetFontSize() * 1.15f), palette::Rgb(palette::kTileBlue),
                    2.0f);
  }
  ImGui::SetCursorScreenPos(ImVec2(fmin.x, fmax.y + style.ItemSpacing.y));
  ImGui::Dummy(ImVec2(0, 0));
  if (state_.name_message) NoticeBox(*state_.name_message, field_w);

  const float gap = style.ItemSpacing.x * 1.5f;
  const float button_h = MinTargetPx();
  float buttons_x, buttons_y, button_w;
  if (!portrait) {
    buttons_x = origin.x + field_w + gap;
    button_w = (origin.x + avail.x - buttons_x - gap) / 2;
    buttons_y = fmin.y + (field_h - button_h) / 2;
  } else {
    buttons_x = origin.x;
    button_w = (avail.x - gap) / 2;
    buttons_y = ImGui::GetCursorScreenPos().y;
  }
  const float after_fields =
      std::max(ImGui::GetCursorScreenPos().y, buttons_y + button_h + style.ItemSpacing.y);
  ImGui::SetCursorScreenPos(ImVec2(buttons_x, buttons_y));
  bool skip = TouchButton(ctx.touch, ctx.T(Str::kSkip), ImVec2(button_w, button_h), buttons::kSecondary);
  ImGui::SetCursorScreenPos(ImVec2(buttons_x + button_w + gap, buttons_y));
  const bool next =
      TouchButton(ctx.touch, ctx.T(Str::kKeyNext), ImVec2(button_w, button_h), buttons::kPrimary);

  // Candidates above the keyboard, the keyboard at the bottom edge to edge.
  const float candidates_y = std::max(after_fields, bottom - keys_h - button_h - style.ItemSpacing.y);
  ImGui::SetCursorScreenPos(ImVec2(window_x0, candidates_y));
  name_keyboard_.DrawCandidates(ctx, window_x0, window_x1, ctx.T(Str::kNameNoPinyin));
  ImGui::SetCursorScreenPos(ImVec2(window_x0, std::max(ImGui::GetCursorScreenPos().y, bottom - keys_h)));
  name_keyboard_.DrawKeys(ctx, window_x0, window_x1);

  if (next) {
    const NameCheck check = CheckDisplayName(name_keyboard_.text());
    if (check.problem != NameProblem::kNone) {
      state_.name_message = ctx.T(Str::kNameInvalid);
      return;
    }
    if (!check.name) skip = true;  // nothing typed: the same as 跳过
    state_.name = check.name;
  }
  if (skip) state_.name.reset();
  if (next || skip) {
    state_.name_message.reset();
    GoTo(ctx, Step::kConfirm);
  }
}

}  // namespace kiosk::ui
