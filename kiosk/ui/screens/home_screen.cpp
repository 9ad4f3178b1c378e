// kiosk/ui/screens/home_screen.cpp — header, activity list and tiles, in landscape and portrait.
#include "kiosk/ui/screens/home_screen.h"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>

#include "kiosk/core/sync/sync_status.h"
#include "kiosk/ui/fonts.h"
#include "kiosk/ui/screen_chrome.h"
#include "kiosk/ui/screens/admin_hold.h"
#include "kiosk/ui/screens/booking_screen.h"
#include "kiosk/ui/screens/calendar_widgets.h"
#include "kiosk/ui/shown_text.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/touch_widgets.h"
#include "kiosk/ui/ui_assets.h"
#include "kiosk/ui/widgets/activity_row.h"
#include "kiosk/ui/widgets/flow_widgets.h"
#include "kiosk/ui/widgets/list_pager.h"

namespace kiosk::ui {
namespace {

constexpr int kUpcomingShown = 12;
constexpr float kSmallPrintScale = 0.75f;  // 数据更新于: readable, but clearly not for the resident

// One row of today's or the upcoming list (ActivityRow); true when it was tapped.
bool DrawActivityRow(TouchLayer& touch, const OccurrenceSummary& o, bool show_date, Lang lang) {
  const std::string seats = SeatsText(o.seats, lang);
  const std::string place = PlaceText(o.site, o.venue);
  ActivityRowFacts row;
  row.occurrence_id = o.occurrence_id;
  row.title = o.title;
  row.start = o.start;
  row.end = o.end;
  row.show_date = show_date;
  row.place = place;
  row.seats = seats;
  row.full = o.seats.Full();
  return ActivityRow(touch, row, lang);
}

// Like DrawSectionHeading (calendar_widgets.h) but in the heading face: home's two headings are
// fixed strings, so their glyphs are in that face; headings with data in them are not.
void DrawLargeSectionHeading(const char* text) {
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float bar_w = Em(0.25f);
  ImGui::PushFont(HeadingFont());
  ImGui::GetWindowDrawList()->AddRectFilled(p, ImVec2(p.x + bar_w, p.y + ImGui::GetFontSize()),
                                            palette::Rgb(palette::kPartyRed));
  ImGui::SetCursorScreenPos(ImVec2(p.x + bar_w * 3, p.y));
  ShowText(text);
  ImGui::PopFont();
  ImGui::Dummy(ImVec2(0, Em(0.2f)));
}

}  // namespace

void HomeScreen::Reset() {
  reset_scroll_ = true;
  rooms_loaded_at_.reset();  // a booking may have changed a room's status
  page_turn_ = 0;
}

void HomeScreen::Invalidate() {
  loaded_for_.reset();
  rooms_loaded_at_.reset();
}

void HomeScreen::LoadIfStale(ScreenContext& ctx) {
  if (loaded_for_ && *loaded_for_ == ctx.now.date) return;
  centre_name_ = CentreName(ctx.db);
  today_ = OccurrencesOnDay(ctx.db, ctx.now.date);
  // Upcoming: from tomorrow on, so nothing of today is listed twice.
  upcoming_ = UpcomingOccurrences(ctx.db, LocalDateTime{ctx.now.date, 23, 59}, kUpcomingShown);
  data_updated_ = sync::LastGoodSync(ctx.db);
  loaded_for_ = ctx.now.date;
}

void HomeScreen::DrawDataUpdated(ScreenContext& ctx, float line_h) {
  if (!data_updated_) return;
  const std::string when =
      FormatShortDate(data_updated_->date, ctx.settings.lang) + " " + data_updated_->HourMinute();
  const std::string text = FormatText(ctx.T(Str::kHomeDataUpdated), when);
  const ImVec2 cursor = ImGui::GetCursorScreenPos();
  const ImVec2 window = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  ImGui::SetWindowFontScale(kSmallPrintScale);
  const float text_w = MeasureText(text).x;
  ImGui::SetCursorScreenPos(
      ImVec2(window.x + size.x - ImGui::GetStyle().WindowPadding.x - text_w, window.y + size.y - line_h));
  ImGui::PushStyleColor(ImGuiCol_Text, palette::Rgb(palette::kTextMuted));
  ShowText(text);
  ImGui::PopStyleColor();
  ImGui::SetWindowFontScale(1.0f);
  ImGui::SetCursorScreenPos(cursor);
}

void HomeScreen::DrawHeader(ScreenContext& ctx, float height) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const ImVec2 origin = ImGui::GetWindowPos();
  const float width = ImGui::GetWindowWidth();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  ImGui::PushClipRect(origin, ImVec2(origin.x + width, origin.y + height), false);  // edge to edge
  draw->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + height), palette::Rgb(palette::kPartyRed));
  const ImU32 white = palette::Rgb(palette::kOnDark);
  const float pad = style.WindowPadding.x;
  const float line = ImGui::GetFontSize() * 1.3f;
  ImFont* heading = HeadingFont();
  const float heading_px = heading->FontSize;

  const std::string name = centre_name_.empty() ? ctx.T(Str::kAppTitle) : centre_name_;
  const std::string date = FormatLongDate(ctx.now.date, ctx.settings.lang);
  const std::string lunar = FormatLunarDate(ctx.now.date, ctx.settings.lang);
  const std::string time = ctx.now.HourMinute();
  const float time_w = MeasureText(heading, heading_px, FLT_MAX, 0, time).x;

  // Centre name on the left; date over lunar date; the time, large, at the far right.
  DrawText(draw, heading, heading_px, ImVec2(origin.x + pad, origin.y + (height - heading_px) / 2), white,
           name);
  // Staff hold the name for 5 s to reach the admin PIN (admin_hold.h): no target, no text.
  const float name_w = MeasureText(heading, heading_px, FLT_MAX, 0, name).x;
  if (AdminHold(ctx, origin, ImVec2(origin.x + pad * 2 + name_w, origin.y + height), &admin_holding_))
    ctx.nav.Push(ScreenId::kAdmin);
  const float date_w = std::max(MeasureText(date).x, MeasureText(lunar).x);
  const float date_x = origin.x + width - pad - time_w - Em(1.2f) - date_w;
  // Only where it clears the centre's name (大字 on a narrow portrait panel): never over it.
  if (date_x >= origin.x + pad + name_w + Em(0.5f)) {
    DrawText(draw, ImVec2(date_x, origin.y + height / 2 - line), white, date);
    DrawText(draw, ImVec2(date_x, origin.y + height / 2), white, lunar);
  }
  DrawText(draw, heading, heading_px,
           ImVec2(origin.x + width - pad - time_w, origin.y + (height - heading_px) / 2), white, time);
  ImGui::PopClipRect();
  ImGui::SetCursorScreenPos(ImVec2(origin.x + pad, origin.y + height + style.ItemSpacing.y));
}

void HomeScreen::DrawRooms(ScreenContext& ctx) {
  if (site_code_.empty()) return;
  if (rooms_loaded_at_ != ctx.now) {
    try {
      rooms_ = RoomsNow(ctx.db, site_code_, ctx.now, policy_, true);
    } catch (const std::exception&) {
      rooms_.clear();  // home still shows its activities; the booking screen says 系统故障
    }
    rooms_loaded_at_ = ctx.now;
  }
  if (rooms_.empty()) return;
  DrawLargeSectionHeading(ctx.T(Str::kHomeRoomsHeading));
  const Lang lang = ctx.settings.lang;
  for (const RoomNowRow& row : rooms_) {
    const std::string& name = lang == Lang::kZh ? row.room.name_zh : row.room.name_en;
    WrappedText(name + " · " + RoomStatusText(row.status, lang), ImGui::GetContentRegionAvail().x);
  }
  ImGui::Dummy(ImVec2(0, Em(0.4f)));
}

void HomeScreen::DrawActivityList(ScreenContext& ctx, ImVec2 size) {
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(Em(0.7f), Em(0.5f)));
  const ImVec2 list_pos = ImGui::GetCursorScreenPos();
  ImGui::BeginChild("activities", ImVec2(size.x, size.y - ListPagerHeight()), false,
                    ImGuiWindowFlags_AlwaysUseWindowPadding);
  if (reset_scroll_) {
    ImGui::SetScrollY(0);
    reset_scroll_ = false;
  }
  DrawRooms(ctx);
  DrawLargeSectionHeading(ctx.T(Str::kHomeTodayHeading));
  if (today_.empty()) {
    ImGui::PushTextWrapPos(0);
    ShowText(ctx.T(Str::kHomeNothingToday));
    ImGui::PopTextWrapPos();
    ImGui::Dummy(ImVec2(0, Em(0.5f)));
  }
  // A row opens that activity's detail (a view of the calendar screen).
  const auto open = [&](const OccurrenceSummary& o) {
    if (ctx.selection) ctx.selection->open_detail_request = o.occurrence_id;
    ctx.nav.Push(ScreenId::kCalendar);
  };
  for (const auto& o : today_)
    if (DrawActivityRow(ctx.touch, o, false, ctx.settings.lang)) open(o);
  ImGui::Dummy(ImVec2(0, Em(0.4f)));
  DrawLargeSectionHeading(ctx.T(Str::kHomeUpcomingHeading));
  for (const auto& o : upcoming_)
    if (DrawActivityRow(ctx.touch, o, true, ctx.settings.lang)) open(o);
  ctx.touch.DragScrollCurrentWindow();
  const ListPage page = ListPageInside(&page_turn_);
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::SetCursorScreenPos(ImVec2(list_pos.x, list_pos.y + size.y - ListPagerHeight()));
  page_turn_ = ListPagerBar(ctx.touch, page, ctx.settings.lang, size.x);
}

void HomeScreen::DrawTiles(ScreenContext& ctx, ImVec2 size) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float gap = style.ItemSpacing.x;
  const float toggle_h = MinTargetPx();
  const float tile_w = (size.x - gap) / 2;
  const float tile_h = std::max(MinTargetPx(), (size.y - toggle_h - gap * 3) / 3);
  const Lang other = ctx.settings.lang == Lang::kZh ? Lang::kEn : Lang::kZh;
  struct TileSpec {
    Str label;
    ScreenId target;
    unsigned colour;
    const char* icon;  // its key in assets/tile_icons.txt
  };
  const TileSpec tiles[] = {
      {Str::kTileCalendar, ScreenId::kCalendar, palette::kTileBlue, "calendar"},
      {Str::kTileSignup, ScreenId::kSignup, palette::kPartyRed, "signup"},
      {Str::kTileVolunteer, ScreenId::kVolunteer, palette::kTileGreen, "volunteer"},
      {Str::kTileRoomBooking, ScreenId::kRoomBooking, palette::kTilePurple, "room_booking"},
      {Str::kTileMyRecords, ScreenId::kMyRecords, palette::kTileTeal, "my_records"},
      {Str::kTileSearch, ScreenId::kCalendar, palette::kTileOrange, "search"},  // search, straight from home
  };
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  for (size_t i = 0; i < std::size(tiles); ++i) {
    const size_t row = i / 2, col = i % 2;
    const bool last_alone = i + 1 == std::size(tiles) && col == 0;
    ImGui::SetCursorScreenPos(ImVec2(origin.x + static_cast<float>(col) * (tile_w + gap),
                                     origin.y + static_cast<float>(row) * (tile_h + gap)));
    ButtonColors colors;  // a tile's own colour; its text is white like every dark button's
    colors.fill = tiles[i].colour;
    // In English the second line gives the Chinese name (what staff and signs say); in Chinese
    // there is none: the residents' screen stays Chinese.
    const char* subtitle = ctx.settings.lang == Lang::kEn ? Tr(tiles[i].label, Lang::kZh) : "";
    const std::string icon = ctx.assets ? ctx.assets->TileIcon(tiles[i].icon) : std::string();
    if (TouchTile(ctx.touch, ctx.T(tiles[i].label), subtitle, ImVec2(last_alone ? size.x : tile_w, tile_h),
                  colors, icon)) {
      if (tiles[i].label == Str::kTileSearch && ctx.selection) ctx.selection->open_search_request = true;
      ctx.nav.Push(tiles[i].target);
    }
  }
  // 大字 is the wide one; the language switch, for the few who need it, is smaller.
  const float toggles_y = origin.y + 3 * (tile_h + gap);
  const float large_w = std::floor((size.x - gap) * 0.62f);
  ImGui::SetCursorScreenPos(ImVec2(origin.x, toggles_y));
  if (TouchToggle(ctx.touch, ctx.T(Str::kToggleLargeText), ctx.settings.large_text,
                  ImVec2(large_w, toggle_h)))
    ctx.settings.large_text = !ctx.settings.large_text;
  ImGui::SetCursorScreenPos(ImVec2(origin.x + large_w + gap, toggles_y));
  if (TouchButton(ctx.touch, ctx.T(Str::kToggleLanguage), ImVec2(size.x - large_w - gap, toggle_h),
                  buttons::kSecondary))
    ctx.settings.lang = other;
}

void HomeScreen::Draw(ScreenContext& ctx) {
  LoadIfStale(ctx);
  const ImGuiStyle& style = ImGui::GetStyle();
  const float header_h =
      std::max(ImGui::GetFontSize() * 1.3f * 2, HeadingFont()->FontSize * 1.3f) + style.WindowPadding.y * 2;
  DrawHeader(ctx, header_h);
  // The bottom line is kept for the small print of when the data was last updated.
  const float small_line_h = data_updated_ ? ImGui::GetFontSize() * (kSmallPrintScale + 0.35f) : 0.0f;
  DrawDataUpdated(ctx, small_line_h);
  const ImVec2 avail(ImGui::GetContentRegionAvail().x, ImGui::GetContentRegionAvail().y - small_line_h);
  if (ctx.portrait()) {
    // Portrait: tiles on top where a hand reaches them, the list below.
    const float tiles_h = std::min(avail.y * 0.5f, 3 * Em(4.2f) + MinTargetPx() + style.ItemSpacing.y * 3);
    DrawTiles(ctx, ImVec2(avail.x, tiles_h));
    ImGui::SetCursorScreenPos(ImVec2(ImGui::GetWindowPos().x + style.WindowPadding.x,
                                     ImGui::GetCursorScreenPos().y + style.ItemSpacing.y));
    DrawActivityList(ctx, ImVec2(avail.x, ImGui::GetContentRegionAvail().y));
  } else {
    const float list_w = std::floor(avail.x * 0.56f);
    const ImVec2 top = ImGui::GetCursorScreenPos();
    DrawActivityList(ctx, ImVec2(list_w, avail.y));
    ImGui::SetCursorScreenPos(ImVec2(top.x + list_w + style.ItemSpacing.x * 2, top.y));
    DrawTiles(ctx, ImVec2(avail.x - list_w - style.ItemSpacing.x * 2, avail.y));
  }
}

}  // namespace kiosk::ui
