// kiosk/ui/screens/signup_result_step.cpp — what the resident takes away: 报名成功 / 已加入候补
// (with the place) / 您已报名, the confirmation code large, a QR code with the activity and the
// code, and "15秒后返回首页" counting down (再看一会 restores the full time; 完成 goes home at once).
#include <imgui.h>

#include <cmath>
#include <string>

#include "kiosk/ui/screen_chrome.h"
#include "kiosk/ui/screens/signup_screen.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/touch_widgets.h"
#include "kiosk/ui/widgets/flow_widgets.h"
#include "kiosk/ui/widgets/result_page.h"

namespace kiosk::ui {

void SignupScreen::DrawResult(ScreenContext& ctx) {
  const double elapsed = ImGui::GetTime() - state_.result_started;
  if (elapsed >= kResultSeconds) {
    ctx.nav.Home();
    return;
  }
  const int seconds_left = static_cast<int>(std::ceil(kResultSeconds - elapsed));
  const Lang lang = ctx.settings.lang;
  Str title = Str::kSignupDone;
  if (state_.result_kind == ResultKind::kWaitlisted) title = Str::kWaitlisted;
  if (state_.result_kind == ResultKind::kAlready) title = Str::kSignupAlready;
  const auto words = [&](float text_w) {
    HeadingText(std::string("✓ ") + ctx.T(title), text_w, 1.2f);
    if (state_.position) HeadingText(FormatInt(ctx.T(Str::kWaitlistPosition), *state_.position), text_w);
    ImGui::Dummy(ImVec2(0, Em(0.4f)));
    if (state_.facts) {
      WrappedText(state_.facts->title, text_w, 1.1f);
      FactRow(ctx.T(Str::kDetailWhen), WhenText(state_.facts->start, state_.facts->end, lang), text_w);
      FactRow(ctx.T(Str::kDetailWhere), state_.facts->venue, text_w);
    }
    if (!state_.code.empty()) {
      ImGui::Dummy(ImVec2(0, Em(0.3f)));
      WrappedText(ctx.T(Str::kConfirmationCode), text_w, 1.0f, true);
      HeadingText(state_.code, text_w, 1.6f);
    }
    if (state_.result_kind == ResultKind::kWaitlisted ||
        (state_.result_kind == ResultKind::kAlready && state_.position))
      WrappedText(ctx.T(Str::kWaitlistNote), text_w);
    if (state_.facts) {
      const SlipFacts slip{ctx.T(Str::kSlipSignupHeading),
                           state_.facts->title,
                           WhenText(state_.facts->start, state_.facts->end, lang),
                           state_.facts->venue,
                           state_.code,
                           state_.qr_text,
                           ""};
      DrawResultActions(ctx, state_.actions, ctx.T(title), slip, text_w);
    }
  };
  const RatedThing rated{RatedFlow::kSignup,
                         state_.facts ? std::optional(state_.facts->occurrence_id) : std::nullopt,
                         std::nullopt};
  if (DrawResultPage(ctx, state_.page, words, state_.qr, ctx.T(Str::kSignupQrHint), rated, seconds_left))
    state_.result_started = ImGui::GetTime();  // the full time again, to copy the code
}

}  // namespace kiosk::ui
