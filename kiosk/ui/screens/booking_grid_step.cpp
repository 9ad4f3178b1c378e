// kiosk/ui/screens/booking_grid_step.cpp — the chosen room's days and slots: a strip of 14 days
// in two rows of 7 (today first; the date, weekday and 农历 under it, or 不开放 in words), the
// chosen day's slots each saying 可预约 / 已预约 / 不开放 / 已过 (and ✓ 已选 for the chosen run),
// and 下一步 once a slot is chosen.
#include <imgui.h>

#include <algorithm>

#include "kiosk/core/time/lunar_calendar.h"
#include "kiosk/ui/screen_chrome.h"
#include "kiosk/ui/screens/booking_screen.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/touch_widgets.h"
#include "kiosk/ui/widgets/flow_widgets.h"

namespace kiosk::ui {
namespace {

// The lunar day under a date: "初四", or the month's name on its first day ("冬月").
std::string LunarDayText(const LocalDate& date, Lang lang) {
  try {
    const LunarDate lunar = LunarDateOf(date);
    if (lang == Lang::kEn) return FormatInt2("L%d-%d", lunar.month, lunar.day);
    return lunar.day == 1 ? lunar.MonthName() : lunar.DayName();
  } catch (const std::exception&) {
    return {};  // ICU without Chinese calendar data: the Gregorian date only
  }
}

Str SlotWord(SlotState state) {
  switch (state) {
    case SlotState::kFree:
      return Str::kSlotFree;
    case SlotState::kTaken:
      return Str::kSlotTaken;
    case SlotState::kClosed:
      return Str::kSlotClosed;
    case SlotState::kPast:
      return Str::kSlotPast;
  }
  return Str::kSlotClosed;
}

}  // namespace

void BookingScreen::DrawDayStrip(ScreenContext& ctx, float width) {
  const Lang lang = ctx.settings.lang;
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float cell_w = (width - gap * 6) / 7;
  const float cell_h = ImGui::GetTextLineHeight() * 3.4f;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  std::optional<int> tapped;
  for (int day = 0; day < policy_.horizon_days; ++day) {
    const LocalDate date = ctx.now.date.AddDays(day);
    const DayGrid grid = SlotGrid(*state_.schedule, date, ctx.now);
    // "11月28日 周六" / "Sat 28 Nov": the date is the target, the weekday goes under it.
    const std::string short_date = FormatShortDate(date, lang);
    const size_t space = std::min(short_date.find(' '), short_date.size());
    const std::string head = short_date.substr(0, space);
    const std::string tail = space < short_date.size() ? short_date.substr(space + 1) : std::string();
    const std::string label = lang == Lang::kZh ? head : tail;
    const std::string weekday = lang == Lang::kZh ? tail : head;
    std::string shown = (day == state_.day ? "✓ " : "") + label + "\n";
    shown += grid.open ? weekday + " " + LunarDayText(date, lang) : std::string(Tr(Str::kSlotClosed, lang));
    ImGui::SetCursorScreenPos(ImVec2(origin.x + static_cast<float>(day % 7) * (cell_w + gap),
                                     origin.y + static_cast<float>(day / 7) * (cell_h + gap)));
    if (TouchButtonShowing(ctx.touch, label, shown, ImVec2(cell_w, cell_h),
                           day == state_.day ? buttons::kEmphasis : buttons::kSecondary, "day"))
      tapped = day;
  }
  ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + 2 * (cell_h + gap)));
  if (tapped && *tapped != state_.day) {
    state_.day = *tapped;
    LoadSchedule(ctx);
    ctx.touch.GuardAfterChange();
  }
}

void BookingScreen::DrawGrid(ScreenContext& ctx) {
  if (!state_.schedule || !state_.grid) return;
  const Lang lang = ctx.settings.lang;
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const RoomFacts& room = state_.schedule->room;
  HeadingText(RoomNameText(room, lang), avail.x);
  DrawDayStrip(ctx, avail.x);
  if (state_.grid->closure) {
    WrappedText(std::string(ctx.T(Str::kSlotClosed)) + "：" +
                    (lang == Lang::kZh ? state_.grid->closure->reason_zh : state_.grid->closure->reason_en),
                avail.x, 1.0f, true);
  } else {
    WrappedText(FormatText(ctx.T(Str::kBookingPickSlot), HoursMinutesText(room.max_booking_minutes, lang)),
                avail.x, 1.0f, true);
  }

  // The slots, in as many columns as fit, over the space left above 下一步.
  const float button_h = MinTargetPx() * 1.2f;
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float bottom = ImGui::GetCursorScreenPos().y + ImGui::GetContentRegionAvail().y - button_h - gap;
  const int columns = ctx.portrait() ? 3 : 6;
  const float cell_w = (avail.x - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
  const float cell_h = std::max(MinTargetPx(), ImGui::GetTextLineHeight() * 2.4f);
  ImGui::BeginChild("slots", ImVec2(avail.x, std::max(cell_h, bottom - ImGui::GetCursorScreenPos().y)), false,
                    ImGuiWindowFlags_NoScrollWithMouse);
  if (state_.flow.TakeScrollReset()) ImGui::SetScrollY(0);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  std::optional<int> tapped;
  const auto& slots = state_.grid->slots;
  for (int i = 0; i < static_cast<int>(slots.size()); ++i) {
    const Slot& slot = slots[i];
    const bool chosen = state_.first_slot >= 0 && i >= state_.first_slot && i <= state_.last_slot;
    const std::string time = slot.start.HourMinute();
    const std::string word = Tr(chosen ? Str::kSlotChosen : SlotWord(slot.state), lang);
    ImGui::SetCursorScreenPos(ImVec2(origin.x + static_cast<float>(i % columns) * (cell_w + gap),
                                     origin.y + static_cast<float>(i / columns) * (cell_h + gap)));
    const ButtonColors& colors = chosen                           ? buttons::kEmphasis
                                 : slot.state == SlotState::kFree ? buttons::kSecondary
                                                                  : buttons::kNeutral;
    if (!EnoughOfItShows(ImVec2(cell_w, cell_h))) {
      ImGui::Dummy(ImVec2(cell_w, cell_h));
      continue;
    }
    if (TouchButton(ctx.touch, time + " " + word, ImVec2(cell_w, cell_h), colors, "slot")) tapped = i;
  }
  ImGui::Dummy(ImVec2(0, 0));
  ctx.touch.DragScrollCurrentWindow();
  ImGui::EndChild();
  if (tapped) TapSlot(*tapped);

  // What is chosen, and 下一步.
  ImGui::SetCursorScreenPos(ImVec2(ImGui::GetCursorScreenPos().x, bottom + gap));
  const float next_w = std::min(avail.x / 2, Em(12));
  if (const auto chosen = ChosenTime()) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(ImVec2(p.x, p.y + (button_h - ImGui::GetFontSize()) / 2));
    WrappedText(FormatText(ctx.T(Str::kBookingChosen), ChosenTimeText(lang)), avail.x - next_w - gap);
    ImGui::SetCursorScreenPos(ImVec2(p.x + avail.x - next_w, p.y));
    if (TouchButton(ctx.touch, ctx.T(Str::kKeyNext), ImVec2(next_w, button_h), buttons::kPrimary))
      GoTo(ctx, Step::kPhone);
  }
}

}  // namespace kiosk::ui
