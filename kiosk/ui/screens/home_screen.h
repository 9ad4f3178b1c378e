// kiosk/ui/screens/home_screen.h — the home screen: header with centre name, date, lunar date
// and time; the bookable rooms of this kiosk's community with their status now in words; today's
// and upcoming activities; the big tiles; 大字 and 中文/English toggles.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/booking/room_schedule.h"
#include "kiosk/core/calendar/home_listing.h"
#include "kiosk/ui/screen_context.h"

namespace kiosk::ui {

class HomeScreen {
 public:
  // `site_code`: this kiosk's community (kiosk.toml), whose rooms home lists ("": none).
  explicit HomeScreen(BookingPolicy policy = {}, std::string site_code = {})
      : policy_(policy), site_code_(std::move(site_code)) {}
  void Draw(ScreenContext& ctx);
  void Reset();       // scroll position etc.
  void Invalidate();  // the database changed: reload on the next frame
  // Every text the home screen may show from the database (for glyph ranges).
  const std::vector<OccurrenceSummary>& today() const { return today_; }
  const std::vector<OccurrenceSummary>& upcoming() const { return upcoming_; }
  // True while staff hold the centre's name (the ring fills: the app keeps drawing).
  bool admin_holding() const { return admin_holding_; }

 private:
  void LoadIfStale(ScreenContext& ctx);
  void DrawHeader(ScreenContext& ctx, float height);
  void DrawActivityList(ScreenContext& ctx, ImVec2 size);
  void DrawTiles(ScreenContext& ctx, ImVec2 size);
  void DrawRooms(ScreenContext& ctx);  // this community's rooms, now: one line each

  BookingPolicy policy_;
  std::string site_code_;
  std::vector<RoomNowRow> rooms_;
  std::optional<LocalDateTime> rooms_loaded_at_;  // the statuses change with the minute
  void DrawDataUpdated(ScreenContext& ctx, float line_h);  // "数据更新于 …" in small print

  std::optional<LocalDate> loaded_for_;
  std::string centre_name_;
  std::vector<OccurrenceSummary> today_;
  std::vector<OccurrenceSummary> upcoming_;
  std::optional<LocalDateTime> data_updated_;  // the last good sync; nullopt: never (no line)
  bool reset_scroll_ = false;
  bool admin_holding_ = false;
  int page_turn_ = 0;  // 上一页 / 下一页 tapped under the list (list_pager.h)
};

}  // namespace kiosk::ui
