// kiosk/ui/screens/volunteer_duties_step.cpp — today's duties for the identified volunteer, one
// big row each: title, time and place, the state in words (未到签到时间 08:00 起可签到 / 已签到
// 09:02 / 已签退 2小时30分 / 已结束, and the auto check-out flag for staff) and at most one button
// (签到 or 签退). Also 我的时长: this month's and this year's hours.
#include <imgui.h>

#include <algorithm>

#include "kiosk/ui/screen_chrome.h"
#include "kiosk/ui/screens/calendar_widgets.h"
#include "kiosk/ui/screens/volunteer_screen.h"
#include "kiosk/ui/storage_failure_text.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/touch_widgets.h"
#include "kiosk/ui/widgets/flow_widgets.h"
#include "kiosk/ui/widgets/list_pager.h"

namespace kiosk::ui {
namespace {

std::string StateText(const Duty& d, Lang lang) {
  switch (d.state) {
    case DutyState::kTooEarly:
      return FormatText(Tr(Str::kCheckInFrom, lang), d.check_in_opens.HourMinute());
    case DutyState::kCanCheckIn:
      return {};
    case DutyState::kCheckedIn:
      return FormatText(Tr(Str::kCheckedInAt, lang), d.checked_in_at ? d.checked_in_at->HourMinute() : "");
    case DutyState::kCheckedOut:
      return FormatText(Tr(Str::kCheckedOutServed, lang), HoursMinutesText(d.minutes.value_or(0), lang));
    case DutyState::kOver:
      return Tr(Str::kDutyOver, lang);
    case DutyState::kCancelled:
      return Tr(Str::kSignupCancelled, lang);
  }
  return {};
}

}  // namespace

std::optional<int64_t> VolunteerScreen::DrawDuty(ScreenContext& ctx, const Duty& d, float width) {
  const Lang lang = ctx.settings.lang;
  const ImGuiStyle& style = ImGui::GetStyle();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const bool picked = picked_occurrence_ && *picked_occurrence_ == d.occurrence_id;
  const bool has_button = d.state == DutyState::kCanCheckIn || d.state == DutyState::kCheckedIn;
  const float button_w = std::max(MinTargetPx() * 2.2f, Em(5.0f));
  const float button_h = MinTargetPx() * 1.2f;
  const float inset = picked ? Em(0.5f) : 0;
  const float text_w = width - inset - (has_button ? button_w + style.ItemSpacing.x * 2 : 0);
  ImGui::SetCursorScreenPos(ImVec2(p.x + inset, p.y + style.ItemSpacing.y * 0.5f));
  ImGui::BeginGroup();
  if (picked) WrappedText(std::string("▶ ") + ctx.T(Str::kPickedActivity), text_w, 1.0f, true);
  WrappedText(d.title, text_w, 1.15f);
  WrappedText(d.start.HourMinute() + "–" + d.end.HourMinute() + " · " + d.venue, text_w, 1.0f, true);
  const std::string state = StateText(d, lang);
  if (!state.empty()) WrappedText(state, text_w, 1.1f);
  if (d.auto_closed) NoticeBox(ctx.T(Str::kAutoClosed), text_w);
  ImGui::EndGroup();
  const float row_h = std::max(ImGui::GetItemRectMax().y - p.y + style.ItemSpacing.y * 0.5f, button_h);
  // The chosen activity is marked by a bar and words, not by colour alone.
  if (picked) draw->AddRectFilled(p, ImVec2(p.x + Em(0.25f), p.y + row_h), palette::Rgb(palette::kTileGreen));
  std::optional<int64_t> tapped;
  const float by = p.y + (row_h - button_h) / 2;
  if (has_button && by >= draw->GetClipRectMin().y - 0.5f &&
      by + button_h <= draw->GetClipRectMax().y + 0.5f) {
    ImGui::SetCursorScreenPos(ImVec2(p.x + width - button_w, by));
    const ButtonColors& colors = d.state == DutyState::kCheckedIn ? buttons::kEmphasis : buttons::kPrimary;
    const Str label = d.state == DutyState::kCanCheckIn ? Str::kCheckIn : Str::kCheckOut;
    if (TouchButton(ctx.touch, ctx.T(label), ImVec2(button_w, button_h), colors,
                    std::to_string(d.occurrence_id)))
      tapped = d.occurrence_id;
  }
  const float bottom = p.y + row_h + style.ItemSpacing.y;
  draw->AddLine(ImVec2(p.x, bottom), ImVec2(p.x + width, bottom), palette::Rgb(palette::kBorder), 1.0f);
  ImGui::SetCursorScreenPos(ImVec2(p.x, bottom + style.ItemSpacing.y));
  ImGui::Dummy(ImVec2(width, 0));
  return tapped;
}

void VolunteerScreen::DrawDuties(ScreenContext& ctx) {
  if (!person_.volunteer) return;
  const ImGuiStyle& style = ImGui::GetStyle();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  // Hello line and 我的时长 on one row.
  const float hours_w = std::max(MinTargetPx() * 2.5f, Em(6));
  ImGui::BeginGroup();
  HeadingText(FormatText(ctx.T(Str::kVolunteerHello), person_.volunteer->masked_name),
              width - hours_w - style.ItemSpacing.x);
  if (!person_.volunteer->team.empty()) WrappedText(person_.volunteer->team, width - hours_w, 1.0f, true);
  ImGui::EndGroup();
  const float header_bottom = std::max(ImGui::GetItemRectMax().y, origin.y + MinTargetPx());
  ImGui::SetCursorScreenPos(ImVec2(origin.x + width - hours_w, origin.y));
  if (TouchButton(ctx.touch, ctx.T(Str::kMyHours), ImVec2(hours_w, MinTargetPx()), buttons::kSecondary)) {
    try {
      person_.hours = VolunteerHours(ctx.db, person_.volunteer->id, ctx.now);
      GoTo(ctx, Step::kHours);
    } catch (const std::exception& error) {
      person_.banner = StorageFailureMessage("volunteer check-in", error, ctx.settings.lang);
    }
    return;
  }
  ImGui::SetCursorScreenPos(ImVec2(origin.x, header_bottom + style.ItemSpacing.y));
  if (!person_.banner.empty()) NoticeBox("✓ " + person_.banner, width);
  if (person_.rated) DrawRatingPrompt(ctx, person_.rating, *person_.rated, width);
  DrawSectionHeading(ctx.T(Str::kTodaysDuties));
  if (person_.duties.empty()) {
    WrappedText(ctx.T(Str::kNoDuties), width, 1.2f);
    return;
  }
  const ImVec2 list_pos = ImGui::GetCursorScreenPos();
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(Em(0.6f), Em(0.4f)));
  ImGui::BeginChild("duties", ImVec2(avail.x, avail.y - ListPagerHeight()), false,
                    ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NoScrollWithMouse);
  if (flow_.TakeScrollReset()) ImGui::SetScrollY(0);
  std::optional<int64_t> tapped;
  DutyState tapped_state = DutyState::kOver;
  for (const Duty& d : person_.duties) {
    if (const auto id = DrawDuty(ctx, d, ImGui::GetContentRegionAvail().x)) {
      tapped = id;
      tapped_state = d.state;
    }
  }
  ctx.touch.DragScrollCurrentWindow();
  const ListPage page = ListPageInside(&page_turn_);
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::SetCursorScreenPos(ImVec2(list_pos.x, list_pos.y + avail.y - ListPagerHeight()));
  page_turn_ = ListPagerBar(ctx.touch, page, ctx.settings.lang, avail.x);
  if (tapped && tapped_state == DutyState::kCanCheckIn) DoCheckIn(ctx, *tapped);
  if (tapped && tapped_state == DutyState::kCheckedIn) DoCheckOut(ctx, *tapped);
  if (tapped) ctx.touch.GuardAfterChange();  // a double tap does not check out what it just checked in
}

void VolunteerScreen::DrawHours(ScreenContext& ctx) {
  if (!person_.volunteer || !person_.hours) return;
  const Lang lang = ctx.settings.lang;
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float width = std::min(avail.x, Em(26));
  const float x = ImGui::GetCursorScreenPos().x + (avail.x - width) / 2;
  ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + Em(1)));
  ImGui::BeginGroup();
  HeadingText(FormatText(ctx.T(Str::kVolunteerHello), person_.volunteer->masked_name), width);
  ImGui::Dummy(ImVec2(0, Em(0.5f)));
  WrappedText(ctx.T(Str::kHoursHeading), width, 1.0f, true);
  FactRow(ctx.T(Str::kHoursThisMonth), HoursMinutesText(person_.hours->this_month, lang), width);
  FactRow(ctx.T(Str::kHoursThisYear), HoursMinutesText(person_.hours->this_year, lang), width);
  if (person_.hours->auto_closed_this_year > 0)
    NoticeBox(FormatInt(ctx.T(Str::kHoursAutoClosed), person_.hours->auto_closed_this_year), width);
  ImGui::Dummy(ImVec2(0, Em(1)));
  const bool back = TouchButton(ctx.touch, ctx.T(Str::kTodaysDuties), ImVec2(width, MinTargetPx() * 1.2f),
                                buttons::kPrimary, "hours");
  ImGui::EndGroup();
  if (back) GoTo(ctx, Step::kDuties);
}

}  // namespace kiosk::ui
