// kiosk/ui/screens/signup_pick_step.cpp — 报名参加 from home: the activities open for sign-up
// now, earliest first, each with its time, place and seats (or 已满 and the waitlist), dragged
// to scroll; tapping one starts its sign-up. Also the activity summary the later steps show.
#include <imgui.h>

#include <algorithm>

#include "kiosk/ui/screen_chrome.h"
#include "kiosk/ui/screens/signup_screen.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/touch_widgets.h"
#include "kiosk/ui/widgets/flow_widgets.h"

namespace kiosk::ui {
namespace {

constexpr int kListed = 60;

}  // namespace

void SignupScreen::DrawPick(ScreenContext& ctx) {
  const Lang lang = ctx.settings.lang;
  if (!open_loaded_) {
    try {
      open_ = OccurrencesOpenForSignUp(ctx.db, ctx.now, kListed);
    } catch (const std::exception&) {
      ShowMessage(ctx, ctx.T(Str::kSystemError));
      return;
    }
    open_loaded_ = true;
  }
  const ImGuiStyle& style = ImGui::GetStyle();
  DrawSectionHeading(ctx.T(Str::kSignupPickHeading));
  if (open_.empty()) {
    WrappedText(ctx.T(Str::kSignupNoneOpen), ImGui::GetContentRegionAvail().x, 1.2f);
    return;
  }
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(Em(0.6f), Em(0.4f)));
  ImGui::BeginChild("open_for_signup", ImGui::GetContentRegionAvail(), false,
                    ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NoScrollWithMouse);
  if (reset_scroll_) {
    ImGui::SetScrollY(0);
    reset_scroll_ = false;
  }
  ImDrawList* draw = ImGui::GetWindowDrawList();
  std::optional<int64_t> chosen;
  for (const OpenForSignUp& o : open_) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const float button_w = std::max(MinTargetPx() * 1.8f, Em(4.5f));
    const float text_w = width - button_w - style.ItemSpacing.x * 2;
    ImGui::BeginGroup();
    WrappedText(o.title, text_w, 1.1f);
    WrappedText(WhenText(o.start, o.end, lang) + " · " + o.venue, text_w, 1.0f, true);
    WrappedText(SeatsText(o.seats, lang), text_w);
    ImGui::EndGroup();
    const float row_h = std::max(ImGui::GetItemRectMax().y - p.y, MinTargetPx());
    // The button sits in the row, whole or not at all, so it is never a sliver at the list's edge.
    const ImVec2 clip_min = draw->GetClipRectMin(), clip_max = draw->GetClipRectMax();
    const float by = p.y + (row_h - MinTargetPx()) / 2;
    if (by >= clip_min.y - 0.5f && by + MinTargetPx() <= clip_max.y + 0.5f) {
      ImGui::SetCursorScreenPos(ImVec2(p.x + width - button_w, by));
      if (TouchButton(ctx.touch, ctx.T(Str::kSignupPick), ImVec2(button_w, MinTargetPx()), PrimaryColors(),
                      std::to_string(o.occurrence_id)))
        chosen = o.occurrence_id;
    }
    const float bottom = p.y + row_h + style.ItemSpacing.y;
    draw->AddLine(ImVec2(p.x, bottom), ImVec2(p.x + width, bottom), palette::Rgb(palette::kBorder), 1.0f);
    ImGui::SetCursorScreenPos(ImVec2(p.x, bottom + style.ItemSpacing.y));
    ImGui::Dummy(ImVec2(width, 0));
  }
  ctx.touch.DragScrollCurrentWindow();
  ImGui::EndChild();
  ImGui::PopStyleVar();
  if (chosen) ChooseOccurrence(ctx, *chosen);
}

void SignupScreen::DrawActivitySummary(ScreenContext& ctx, float width) {
  if (facts_) {
    WrappedText(facts_->title, width, 1.2f);
    FactRow(ctx.T(Str::kDetailWhen), WhenText(facts_->start, facts_->end, ctx.settings.lang), width);
    FactRow(ctx.T(Str::kDetailWhere), facts_->venue, width);
    ImGui::Dummy(ImVec2(0, Em(0.3f)));
  }
  WrappedText(ctx.T(Str::kPhonePrompt), width, 1.1f);
}

}  // namespace kiosk::ui
