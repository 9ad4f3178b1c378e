// kiosk/ui/screens/room_panel_screen.cpp — the door display: name, status now, today's booked
// times and 预约 (landscape: status left, times right; portrait: one column).
#include "kiosk/ui/screens/room_panel_screen.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "kiosk/ui/screen_chrome.h"
#include "kiosk/ui/screens/booking_screen.h"
#include "kiosk/ui/screens/calendar_widgets.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/touch_widgets.h"
#include "kiosk/ui/widgets/flow_widgets.h"

namespace kiosk::ui {

void RoomPanelScreen::Load(ScreenContext& ctx) {
  if (loaded_at_ == ctx.now) return;
  loaded_at_ = ctx.now;
  try {
    today_ = LoadRoomSchedule(ctx.db, room_id_, ctx.now.date, 1, ctx.now, policy_);
    failed_ = !today_;
  } catch (const std::exception&) {
    today_.reset();
    failed_ = true;
  }
}

void RoomPanelScreen::DrawStatus(ScreenContext& ctx, float width) {
  const Lang lang = ctx.settings.lang;
  const RoomFacts& room = today_->room;
  HeadingText(lang == Lang::kZh ? room.name_zh : room.name_en, width, 1.4f);
  WrappedText(lang == Lang::kZh ? room.site_name_zh : room.site_name_en, width, 1.1f, true);
  WrappedText(FormatLongDate(ctx.now.date, lang) + "  " + ctx.now.HourMinute(), width, 1.0f, true);
  ImGui::Dummy(ImVec2(0, Em(0.6f)));
  // The status in words on a band: green when free, the party red when in use, grey otherwise.
  const RoomStatus status = RoomStatusAt(*today_, ctx.now);
  const unsigned fill = status.now == RoomNow::kFree    ? palette::kTileGreen
                        : status.now == RoomNow::kInUse ? palette::kPartyRed
                                                        : palette::kTextMuted;
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float band_h = Em(3.2f);
  ImGui::GetWindowDrawList()->AddRectFilled(p, ImVec2(p.x + width, p.y + band_h), palette::Rgb(fill),
                                            Em(0.3f));
  ImGui::SetCursorScreenPos(ImVec2(p.x + Em(0.8f), p.y + Em(0.5f)));
  ImGui::PushStyleColor(ImGuiCol_Text, palette::Rgb(palette::kOnDark));
  HeadingText(RoomStatusText(status, lang), width - Em(1.6f), 1.2f);
  ImGui::PopStyleColor();
  ImGui::SetCursorScreenPos(ImVec2(p.x, p.y + band_h + ImGui::GetStyle().ItemSpacing.y));
}

void RoomPanelScreen::DrawToday(ScreenContext& ctx, float width, float height) {
  DrawSectionHeading(ctx.T(Str::kPanelTodayHeading));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(Em(0.6f), Em(0.4f)));
  ImGui::BeginChild("panel_today", ImVec2(width, std::max(height - Em(2), Em(2))), false,
                    ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NoScrollWithMouse);
  bool any = false;
  for (const HeldTime& held : today_->held) {
    if (held.start.date != ctx.now.date) continue;
    any = true;
    // A time and 已预约: nothing about who or why is in the schedule to show.
    WrappedText(held.start.HourMinute() + "–" + held.end.HourMinute() + "   " + ctx.T(Str::kSlotTaken),
                ImGui::GetContentRegionAvail().x, 1.2f);
  }
  if (!any) WrappedText(ctx.T(Str::kPanelNoBookings), ImGui::GetContentRegionAvail().x, 1.1f, true);
  ctx.touch.DragScrollCurrentWindow();
  ImGui::EndChild();
  ImGui::PopStyleVar();
}

bool RoomPanelScreen::Draw(ScreenContext& ctx) {
  Load(ctx);
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  if (failed_) {
    WrappedText(ctx.T(Str::kSystemError), avail.x, 1.4f);
    return false;
  }
  const float gap = ImGui::GetStyle().ItemSpacing.x * 2;
  const float button_h = MinTargetPx() * 1.6f;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float body_h = avail.y - button_h - gap;
  if (ctx.portrait()) {
    ImGui::BeginGroup();
    DrawStatus(ctx, avail.x);
    ImGui::EndGroup();
    ImGui::Dummy(ImVec2(0, Em(0.6f)));
    DrawToday(ctx, avail.x, origin.y + body_h - ImGui::GetCursorScreenPos().y);
  } else {
    const float left_w = std::floor(avail.x * 0.5f);
    ImGui::BeginGroup();
    DrawStatus(ctx, left_w);
    ImGui::EndGroup();
    ImGui::SetCursorScreenPos(ImVec2(origin.x + left_w + gap, origin.y));
    ImGui::BeginGroup();  // its lines start at the column, not at the window's edge
    DrawToday(ctx, avail.x - left_w - gap, body_h);
    ImGui::EndGroup();
  }
  ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + avail.y - button_h));
  return TouchButton(ctx.touch, ctx.T(Str::kPanelBook), ImVec2(avail.x, button_h), buttons::kPrimary);
}

}  // namespace kiosk::ui
