// kiosk/ui/screens/signup_confirm_step.cpp — the last look before anything is written: the
// activity, its date and time, the place, the masked name and the last four digits; 确认报名.
// When the activity is full, the waitlist offer: "已满。加入候补？您将排在第N位".
#include <imgui.h>

#include <algorithm>

#include "kiosk/core/people/names.h"
#include "kiosk/ui/screen_chrome.h"
#include "kiosk/ui/screens/signup_screen.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/touch_widgets.h"
#include "kiosk/ui/widgets/flow_layout.h"
#include "kiosk/ui/widgets/flow_widgets.h"

namespace kiosk::ui {

void SignupScreen::DrawConfirm(ScreenContext& ctx) {
  if (!state_.facts) return;
  const Lang lang = ctx.settings.lang;
  const float width = BeginCentredColumn(30);
  HeadingText(ctx.T(Str::kConfirmHeading), width);
  ImGui::Dummy(ImVec2(0, Em(0.4f)));
  FactRow(ctx.T(Str::kConfirmActivity), state_.facts->title, width);
  FactRow(ctx.T(Str::kDetailWhen), WhenText(state_.facts->start, state_.facts->end, lang), width);
  FactRow(ctx.T(Str::kDetailWhere), state_.facts->venue, width);
  FactRow(ctx.T(Str::kConfirmName), state_.name ? MaskName(*state_.name) : std::string(ctx.T(Str::kConfirmNoName)),
          width);
  FactRow(ctx.T(Str::kConfirmPhone), PhoneTailText(state_.phone, lang), width);
  ImGui::Dummy(ImVec2(0, Em(0.8f)));
  const bool tapped = TouchButton(ctx.touch, ctx.T(Str::kConfirmSignUp), ImVec2(width, MinTargetPx() * 1.3f),
                                  buttons::kPrimary);
  ImGui::EndGroup();
  if (tapped) Submit(ctx, /*accept_waitlist=*/false);
}

void SignupScreen::DrawFullOffer(ScreenContext& ctx) {
  if (!state_.facts) return;
  const float width = BeginCentredColumn(28, 1);
  WrappedText(state_.facts->title, width, 1.1f);
  WrappedText(WhenText(state_.facts->start, state_.facts->end, ctx.settings.lang), width, 1.0f, true);
  ImGui::Dummy(ImVec2(0, Em(0.8f)));
  HeadingText(FormatInt(ctx.T(Str::kFullOffer), state_.waitlist_position_offer), width);
  ImGui::Dummy(ImVec2(0, Em(1.2f)));
  const float gap = ImGui::GetStyle().ItemSpacing.x * 2;
  const float button_w = (width - gap) / 2, button_h = MinTargetPx() * 1.3f;
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const bool join =
      TouchButton(ctx.touch, ctx.T(Str::kJoinWaitlist), ImVec2(button_w, button_h), buttons::kPrimary);
  ImGui::SetCursorScreenPos(ImVec2(p.x + button_w + gap, p.y));
  const bool no =
      TouchButton(ctx.touch, ctx.T(Str::kNoThanks), ImVec2(button_w, button_h), buttons::kSecondary);
  ImGui::EndGroup();
  if (join) {
    Submit(ctx, /*accept_waitlist=*/true);
  } else if (no) {
    ctx.nav.Home();  // nothing was written; Home clears the flow
  }
}

}  // namespace kiosk::ui
