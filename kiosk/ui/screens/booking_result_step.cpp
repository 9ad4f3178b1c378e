// kiosk/ui/screens/booking_result_step.cpp — what the resident takes away: 预约成功 (or 您已预约这个
// 时段 after a double tap), the room and time, the confirmation code large, a QR code with them,
// what to bring, and "30秒后返回首页" counting down; 再看一会 gives 30 s more, 完成 goes home.
#include <imgui.h>

#include <cmath>
#include <string>

#include "kiosk/ui/screen_chrome.h"
#include "kiosk/ui/screens/booking_screen.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/touch_widgets.h"
#include "kiosk/ui/widgets/flow_widgets.h"
#include "kiosk/ui/widgets/result_page.h"

namespace kiosk::ui {

void BookingScreen::DrawResult(ScreenContext& ctx) {
  const double left = state_.result_until - ImGui::GetTime();
  if (left <= 0 || !state_.schedule) {
    ctx.nav.Home();
    return;
  }
  const Lang lang = ctx.settings.lang;
  const RoomFacts& room = state_.schedule->room;
  const char* outcome = ctx.T(state_.already ? Str::kBookingAlready : Str::kBookingDone);
  const auto words = [&](float text_w) {
    HeadingText(std::string("✓ ") + outcome, text_w, 1.2f);
    ImGui::Dummy(ImVec2(0, Em(0.4f)));
    FactRow(ctx.T(Str::kConfirmRoom), RoomNameText(room, lang), text_w);
    FactRow(ctx.T(Str::kDetailWhen), ChosenTimeText(lang), text_w);
    ImGui::Dummy(ImVec2(0, Em(0.3f)));
    WrappedText(ctx.T(Str::kConfirmationCode), text_w, 1.0f, true);
    HeadingText(state_.code, text_w, 1.6f);
    ImGui::Dummy(ImVec2(0, Em(0.3f)));
    WrappedText(ctx.T(Str::kBookingBring), text_w);
    const SlipFacts slip{ctx.T(Str::kSlipBookingHeading),
                         RoomNameText(room, lang),
                         ChosenTimeText(lang),
                         "",
                         state_.code,
                         state_.qr_text,
                         ""};
    DrawResultActions(ctx, state_.actions, outcome, slip, text_w);
  };
  if (DrawResultPage(ctx, state_.page, words, state_.qr, ctx.T(Str::kBookingQrHint),
                     {RatedFlow::kBooking, std::nullopt, room.id}, static_cast<int>(std::ceil(left))))
    state_.result_until = ImGui::GetTime() + kResultSeconds;
}

}  // namespace kiosk::ui
