// kiosk/ui/screens/room_panel_screen.h — `kiosk --room-panel ROOM`: the kiosk as the small display
// beside a room's door, in place of the home screen (portrait or landscape). It shows the room's
// name, its status now in words (空闲 / 使用中，至 15:00 / 今日不开放 ...), today's bookings as times
// with 已预约 only — never a name, phone digits or a matter — and a 预约 button that opens this
// room's days in the booking flow. Idle returns here, not to home; there is no attract loop.
#pragma once

#include <cstdint>
#include <optional>

#include "kiosk/core/booking/room_schedule.h"
#include "kiosk/ui/screen_context.h"

namespace kiosk::ui {

class RoomPanelScreen {
 public:
  RoomPanelScreen(int64_t room_id, BookingPolicy policy) : room_id_(room_id), policy_(policy) {}

  // True when 预约 was tapped: the caller opens this room's days (BookingScreen::OpenRoom).
  bool Draw(ScreenContext& ctx);
  int64_t room_id() const { return room_id_; }
  void Invalidate() { loaded_at_.reset(); }  // re-read on the next frame (a booking, a sync)

 private:
  void Load(ScreenContext& ctx);
  void DrawStatus(ScreenContext& ctx, float width);
  void DrawToday(ScreenContext& ctx, float width, float height);

  int64_t room_id_;
  BookingPolicy policy_;
  std::optional<RoomSchedule> today_;       // today's hours and held times
  std::optional<LocalDateTime> loaded_at_;  // statuses change with the minute
  bool failed_ = false;                     // the database could not be read: 系统故障
};

}  // namespace kiosk::ui
