// kiosk/ui/screens/booking_confirm_step.cpp — what the booking is about, as five big buttons
// (家庭纠纷 / 邻里纠纷 / 物业纠纷 / 劳动纠纷 / 其他; stored for the mediators, never shown again),
// then the last look before anything is written: room, time, the last four digits; 确认预约.
// Also the summary beside the keypad.
#include <imgui.h>

#include <algorithm>

#include "kiosk/ui/screen_chrome.h"
#include "kiosk/ui/screens/booking_screen.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/touch_widgets.h"
#include "kiosk/ui/widgets/flow_layout.h"
#include "kiosk/ui/widgets/flow_widgets.h"

namespace kiosk::ui {
void BookingScreen::DrawBookingSummary(ScreenContext& ctx, float width) {
  if (state_.schedule) {
    WrappedText(RoomNameText(state_.schedule->room, ctx.settings.lang), width, 1.2f);
    FactRow(ctx.T(Str::kDetailWhen), ChosenTimeText(ctx.settings.lang), width);
    ImGui::Dummy(ImVec2(0, Em(0.3f)));
  }
  WrappedText(ctx.T(Str::kPhonePrompt), width, 1.1f);
}

void BookingScreen::DrawMatter(ScreenContext& ctx) {
  static constexpr std::pair<BookingMatter, Str> kMatters[] = {
      {BookingMatter::kFamily, Str::kMatterFamily},
      {BookingMatter::kNeighbour, Str::kMatterNeighbour},
      {BookingMatter::kProperty, Str::kMatterProperty},
      {BookingMatter::kLabour, Str::kMatterLabour},
      {BookingMatter::kOther, Str::kMatterOther}};
  const float width = BeginCentredColumn(30);
  HeadingText(ctx.T(Str::kMatterHeading), width);
  ImGui::Dummy(ImVec2(0, Em(0.4f)));
  std::optional<BookingMatter> tapped;
  for (const auto& [matter, label] : kMatters) {
    if (TouchButton(ctx.touch, ctx.T(label), ImVec2(width, MinTargetPx() * 1.2f), buttons::kSecondary))
      tapped = matter;
  }
  ImGui::EndGroup();
  if (tapped) {
    state_.matter = tapped;
    GoTo(ctx, Step::kConfirm);
  }
}

void BookingScreen::DrawConfirm(ScreenContext& ctx) {
  if (!state_.schedule) return;
  const Lang lang = ctx.settings.lang;
  const float width = BeginCentredColumn(30);
  HeadingText(ctx.T(Str::kBookingConfirmHeading), width);
  ImGui::Dummy(ImVec2(0, Em(0.4f)));
  FactRow(ctx.T(Str::kConfirmRoom), RoomNameText(state_.schedule->room, lang), width);
  FactRow(ctx.T(Str::kDetailWhen), ChosenTimeText(lang), width);
  FactRow(ctx.T(Str::kConfirmPhone), PhoneTailText(state_.phone, lang), width);
  ImGui::Dummy(ImVec2(0, Em(0.8f)));
  const bool tapped = TouchButton(ctx.touch, ctx.T(Str::kConfirmBook), ImVec2(width, MinTargetPx() * 1.3f),
                                  buttons::kPrimary);
  ImGui::EndGroup();
  if (tapped) Submit(ctx);
}

}  // namespace kiosk::ui
