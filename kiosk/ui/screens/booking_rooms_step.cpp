// kiosk/ui/screens/booking_rooms_step.cpp — 调解室预约's first page: the bookable rooms, this
// community's first, each a big row with the community, the room and its status now in words
// (空闲 / 使用中，至 15:00 / 今日已约满 / 今日不开放), dragged to scroll or
// turned by page (上一页 / 下一页); a tap opens its days.
// 我已到达 under the list.
#include <imgui.h>

#include <algorithm>

#include "kiosk/ui/screen_chrome.h"
#include "kiosk/ui/screens/booking_screen.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/touch_widgets.h"
#include "kiosk/ui/widgets/flow_widgets.h"
#include "kiosk/ui/widgets/list_pager.h"

namespace kiosk::ui {

// "空闲 · 下一场 15:00" etc.: the status of a room now, in words.
std::string RoomStatusText(const RoomStatus& status, Lang lang) {
  switch (status.now) {
    case RoomNow::kFree:
      if (status.next_start)
        return std::string(Tr(Str::kRoomFree, lang)) + " · " +
               FormatText(Tr(Str::kRoomNextAt, lang), status.next_start->HourMinute());
      return Tr(Str::kRoomFree, lang);
    case RoomNow::kInUse:
      return FormatText(Tr(Str::kRoomInUseUntil, lang), status.until ? status.until->HourMinute() : "");
    case RoomNow::kFullToday:
      return Tr(Str::kRoomFullToday, lang);
    case RoomNow::kClosedToday:
      return Tr(Str::kRoomClosedToday, lang);
    case RoomNow::kOverToday:
      return Tr(Str::kRoomOverToday, lang);
  }
  return {};
}

bool EnoughOfItShows(ImVec2 size) {
  const ImVec2 min = ImGui::GetCursorScreenPos();
  const ImVec2 clip_min = ImGui::GetWindowDrawList()->GetClipRectMin();
  const ImVec2 clip_max = ImGui::GetWindowDrawList()->GetClipRectMax();
  const float shown = std::min(min.y + size.y, clip_max.y) - std::max(min.y, clip_min.y);
  return shown >= MinTargetPx() - 0.5f;
}

std::string RoomNameText(const RoomFacts& room, Lang lang) {
  return lang == Lang::kZh ? room.site_name_zh + " " + room.name_zh : room.name_en + ", " + room.site_name_en;
}

void BookingScreen::DrawRooms(ScreenContext& ctx) {
  const Lang lang = ctx.settings.lang;
  DrawSectionHeading(ctx.T(Str::kBookingRoomsHeading));
  if (state_.rooms.empty()) {
    WrappedText(ctx.T(Str::kBookingNoRooms), ImGui::GetContentRegionAvail().x, 1.2f);
    return;
  }
  // 我已到达 under the list, where a resident who booked finds it.
  const float arrive_h = MinTargetPx() * 1.2f;
  const float gap = ImGui::GetStyle().ItemSpacing.y;
  const ImVec2 list = ImGui::GetContentRegionAvail();
  const ImVec2 list_pos = ImGui::GetCursorScreenPos();
  const float list_h = list.y - arrive_h - gap * 2 - ListPagerHeight();
  ImGui::BeginChild("bookable_rooms", ImVec2(list.x, list_h), false, ImGuiWindowFlags_NoScrollWithMouse);
  if (state_.flow.TakeScrollReset()) ImGui::SetScrollY(0);
  const float width = ImGui::GetContentRegionAvail().x;
  const RoomRow* chosen = nullptr;
  for (const RoomRow& row : state_.rooms) {
    const std::string name = RoomNameText(row.room, lang);
    const std::string shown = name + "\n" + RoomStatusText(row.status, lang);
    // The target is the room's name; what it shows adds the status line.
    const ImVec2 size(width, MinTargetPx() * 1.6f);
    if (!EnoughOfItShows(size)) {
      ImGui::Dummy(size);
      continue;
    }
    if (TouchButtonShowing(ctx.touch, name, shown, size, buttons::kSecondary, row.room.code)) chosen = &row;
  }
  ctx.touch.DragScrollCurrentWindow();
  const ListPage page = ListPageInside(&state_.rooms_page_turn);
  ImGui::EndChild();
  ImGui::SetCursorScreenPos(ImVec2(list_pos.x, list_pos.y + list_h));
  state_.rooms_page_turn = ListPagerBar(ctx.touch, page, lang, list.x);
  ImGui::SetCursorScreenPos(ImVec2(list_pos.x, list_pos.y + list_h + ListPagerHeight() + gap));
  if (TouchButton(ctx.touch, ctx.T(Str::kArriveButton), ImVec2(list.x, arrive_h), buttons::kEmphasis)) {
    state_.keypad.Reset();
    GoTo(ctx, Step::kArrive);
    return;
  }
  if (chosen) ChooseRoom(ctx, chosen->room);  // after the loop: ChooseRoom may reload the list
}

}  // namespace kiosk::ui
