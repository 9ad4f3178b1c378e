// kiosk/ui/screens/home_screen.h — the home screen: header with centre name, date, lunar date
// and time; today's and upcoming activities; the big tiles; 大字 and 中文/English toggles.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/calendar/home_listing.h"
#include "kiosk/ui/screen_context.h"

namespace kiosk::ui {

class HomeScreen {
 public:
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
  void DrawDataUpdated(ScreenContext& ctx, float line_h);  // "数据更新于 …" in small print

  std::optional<LocalDate> loaded_for_;
  std::string centre_name_;
  std::vector<OccurrenceSummary> today_;
  std::vector<OccurrenceSummary> upcoming_;
  std::optional<LocalDateTime> data_updated_;  // the last good sync; nullopt: never (no line)
  bool reset_scroll_ = false;
  bool admin_holding_ = false;
};

}  // namespace kiosk::ui
