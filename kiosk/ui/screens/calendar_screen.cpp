// kiosk/ui/screens/calendar_screen.cpp — the calendar's frame: top bar, the view stack, the
// toolbar and activity rows the views share, and the caches behind them.
//
// [SECTION] Lifetime and navigation
// [SECTION] Data: reference lists, day labels, occurrence lists
// [SECTION] Shared drawing: toolbar, activity row
#include "kiosk/ui/screens/calendar_screen.h"

#include <imgui.h>

#include <algorithm>
#include <cfloat>

#include "kiosk/core/time/lunar_calendar.h"
#include "kiosk/ui/fonts.h"
#include "kiosk/ui/screen_chrome.h"
#include "kiosk/ui/shown_text.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/touch_widgets.h"
#include "kiosk/ui/widgets/activity_row.h"

namespace kiosk::ui {

// -----------------------------------------------------------------------------------------------
// [SECTION] Lifetime and navigation

CalendarScreen::CalendarScreen() = default;
CalendarScreen::~CalendarScreen() = default;

void CalendarScreen::Reset() {
  stack_.clear();
  start_view_.reset();
  filter_ = CalendarFilter{};
  keyboard_.Reset();
  search_dirty_ = true;
  detail_ = DetailCache{};
  reset_scroll_ = true;
  page_turn_ = 0;
}

void CalendarScreen::Invalidate() {
  reference_loaded_ = false;
  month_valid_ = false;
  day_list_.valid = false;
  week_list_.valid = false;
  detail_ = DetailCache{};
  index_.reset();
  search_dirty_ = true;
}

std::optional<LocalDate> CalendarScreen::shown_date() const {
  if (stack_.empty()) return std::nullopt;
  return stack_.back().date;
}

void CalendarScreen::Push(Step step) {
  stack_.push_back(step);
  reset_scroll_ = true;
  page_turn_ = 0;
}

void CalendarScreen::GoBack(ScreenContext& ctx) {
  if (!stack_.empty()) stack_.pop_back();
  reset_scroll_ = true;
  if (stack_.empty()) {  // the calendar's first view: leave the calendar
    Reset();
    ctx.nav.Back();
  }
}

void CalendarScreen::ApplyStartView(ScreenContext& ctx) {
  if (ctx.selection && ctx.selection->open_detail_request) {
    // A list elsewhere (home) opened an activity: its detail is the calendar's only view, so
    // Back returns to where the resident came from.
    Reset();
    Push(Step{CalendarView::kDetail, ctx.now.date, *ctx.selection->open_detail_request});
    ctx.selection->open_detail_request.reset();
    return;
  }
  if (ctx.selection && ctx.selection->open_search_request) {
    // Home's 找活动: search is the calendar's only view, so Back returns home.
    Reset();
    Push(Step{CalendarView::kSearch, ctx.now.date, 0});
    ctx.selection->open_search_request = false;
    return;
  }
  if (stack_.empty()) Push(Step{CalendarView::kMonth, ctx.now.date, 0});
  if (!start_view_) return;
  const CalendarView view = *start_view_;
  start_view_.reset();
  switch (view) {
    case CalendarView::kMonth:
      break;
    case CalendarView::kWeek:
      top().view = CalendarView::kWeek;
      break;
    case CalendarView::kDay:
    case CalendarView::kSearch:
    case CalendarView::kFilters:
      Push(Step{view, ctx.now.date, 0});
      break;
    case CalendarView::kDetail: {
      // --occurrence, else the first activity from now on: what a resident would most likely open.
      const auto upcoming = UpcomingOccurrences(ctx.db, LocalDateTime{ctx.now.date, 0, 0}, 1);
      Push(Step{CalendarView::kDay, ctx.now.date, 0});
      if (ctx.selection && ctx.selection->occurrence_id)
        OpenDetail(*ctx.selection->occurrence_id);
      else if (!upcoming.empty())
        OpenDetail(upcoming.front().occurrence_id);
      break;
    }
  }
}

void CalendarScreen::Draw(ScreenContext& ctx) {
  ApplyStartView(ctx);
  LoadReference(ctx);
  Str title = Str::kTileCalendar;
  if (view() == CalendarView::kDetail) title = Str::kDetailTitle;
  if (view() == CalendarView::kSearch) title = Str::kSearchTitle;
  if (view() == CalendarView::kFilters) title = Str::kCalFiltersTitle;
  bool back = false;
  DrawTopBar(ctx, ctx.T(title), &back);
  switch (view()) {
    case CalendarView::kMonth:
      DrawMonth(ctx);
      break;
    case CalendarView::kWeek:
      DrawWeek(ctx);
      break;
    case CalendarView::kDay:
      DrawDay(ctx);
      break;
    case CalendarView::kDetail:
      DrawDetail(ctx);
      break;
    case CalendarView::kSearch:
      DrawSearch(ctx);
      break;
    case CalendarView::kFilters:
      DrawFilters(ctx);
      break;
  }
  if (back) GoBack(ctx);
}

// -----------------------------------------------------------------------------------------------
// [SECTION] Data: reference lists, day labels, occurrence lists

void CalendarScreen::LoadReference(ScreenContext& ctx) {
  if (reference_loaded_) return;
  categories_ = LoadCategories(ctx.db);
  sites_ = LoadSites(ctx.db);
  reference_loaded_ = true;
}

const CalendarScreen::DayLabel& CalendarScreen::LabelOf(const LocalDate& date) {
  auto [it, inserted] = day_labels_.try_emplace(date.DaysSinceEpoch());
  if (!inserted) return it->second;
  try {
    const LunarDate lunar = LunarDateOf(date);
    it->second.lunar = lunar.day == 1 ? lunar.MonthName() : lunar.DayName();
    it->second.festivals = FestivalsOn(date);
  } catch (const std::exception&) {
    // ICU without Chinese calendar data: the Gregorian grid still works.
  }
  return it->second;
}

const std::vector<CalendarOccurrence>& CalendarScreen::List(ScreenContext& ctx, ListCache& cache,
                                                            LocalDate first, LocalDate last) {
  if (!cache.valid || cache.first != first || cache.last != last || !(cache.filter == filter_)) {
    cache.items = OccurrencesBetween(ctx.db, first, last, filter_);
    cache.first = first;
    cache.last = last;
    cache.filter = filter_;
    cache.valid = true;
  }
  return cache.items;
}

const CategoryInfo* CalendarScreen::Category(int64_t id) const {
  for (const CategoryInfo& c : categories_)
    if (c.id == id) return &c;
  return nullptr;
}

// -----------------------------------------------------------------------------------------------
// [SECTION] Shared drawing: toolbar, activity row

namespace {

float ButtonWidthFor(const char* text) {
  return std::max(MinTargetPx(), MeasureText(text).x + ImGui::GetStyle().FramePadding.x * 2 + Em(0.6f));
}

}  // namespace

int CalendarScreen::DrawToolbar(ScreenContext& ctx, Str prev, Str next, const std::string& title) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float h = MinTargetPx();
  const float gap = style.ItemSpacing.x;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  int step = 0;

  // Prev, title, next.
  const float prev_w = ButtonWidthFor(ctx.T(prev)), next_w = ButtonWidthFor(ctx.T(next));
  ImFont* heading = HeadingFont();
  const ImVec2 title_size = MeasureText(heading, heading->FontSize, FLT_MAX, 0, title);
  ImGui::SetCursorScreenPos(origin);
  if (TouchButton(ctx.touch, ctx.T(prev), ImVec2(prev_w, h), buttons::kSecondary)) step = -1;
  const float title_x = origin.x + prev_w + gap * 2;
  DrawText(ImGui::GetWindowDrawList(), heading, heading->FontSize,
           ImVec2(title_x, origin.y + (h - title_size.y) / 2), palette::Rgb(palette::kText), title);
  ImGui::SetCursorScreenPos(ImVec2(title_x + title_size.x + gap * 2, origin.y));
  if (TouchButton(ctx.touch, ctx.T(next), ImVec2(next_w, h), buttons::kSecondary)) step = +1;
  const float first_row_end = title_x + title_size.x + gap * 2 + next_w;

  // 今天 / 月历|周历 / 筛选 / 搜索: right-aligned on the same row when they fit, else a row below.
  const Str switch_to = view() == CalendarView::kMonth ? Str::kCalViewWeek : Str::kCalViewMonth;
  const float w_today = ButtonWidthFor(ctx.T(Str::kCalToday)), w_switch = ButtonWidthFor(ctx.T(switch_to));
  const float w_filter = FilterButtonWidth(ctx), w_search = ButtonWidthFor(ctx.T(Str::kCalSearch));
  const float group_w = w_today + w_switch + w_filter + w_search + gap * 3;
  float x = origin.x + width - group_w;
  float y = origin.y;
  if (x < first_row_end + gap * 2) {
    x = origin.x;
    y = origin.y + h + style.ItemSpacing.y;
  }
  ImGui::SetCursorScreenPos(ImVec2(x, y));
  if (TouchButton(ctx.touch, ctx.T(Str::kCalToday), ImVec2(w_today, h), buttons::kSecondary)) {
    top().date = ctx.now.date;
    reset_scroll_ = true;
  }
  ImGui::SetCursorScreenPos(ImVec2(x += w_today + gap, y));
  if (TouchButton(ctx.touch, ctx.T(switch_to), ImVec2(w_switch, h), buttons::kSecondary)) {
    const LocalDate date = top().date;
    // From a day, go back to the grid it was opened from rather than stacking a second one.
    if (view() == CalendarView::kDay && stack_.size() > 1) stack_.pop_back();
    top().view = switch_to == Str::kCalViewWeek ? CalendarView::kWeek : CalendarView::kMonth;
    top().date = date;
    reset_scroll_ = true;
  }
  ImGui::SetCursorScreenPos(ImVec2(x += w_switch + gap, y));
  DrawFilterButton(ctx, ImVec2(w_filter, h));
  ImGui::SetCursorScreenPos(ImVec2(x += w_filter + gap, y));
  if (TouchButton(ctx.touch, ctx.T(Str::kCalSearch), ImVec2(w_search, h), buttons::kEmphasis))
    Push(Step{CalendarView::kSearch, top().date, 0});
  ImGui::SetCursorScreenPos(ImVec2(origin.x, y + h + style.ItemSpacing.y));
  return step;
}

std::string CalendarScreen::FilterButtonText(const ScreenContext& ctx) const {
  const int active = static_cast<int>(filter_.category_ids.size()) + (filter_.site_id ? 1 : 0);
  return active == 0 ? ctx.T(Str::kCalFilter) : FormatInt(ctx.T(Str::kCalFilterActive), active);
}

float CalendarScreen::FilterButtonWidth(const ScreenContext& ctx) const {
  return ButtonWidthFor(FilterButtonText(ctx).c_str());
}

void CalendarScreen::DrawFilterButton(ScreenContext& ctx, ImVec2 size) {
  const bool active = !filter_.category_ids.empty() || filter_.site_id;
  if (TouchButtonShowing(ctx.touch, ctx.T(Str::kCalFilter), FilterButtonText(ctx), size,
                         active ? buttons::kEmphasis : buttons::kSecondary))
    Push(Step{CalendarView::kFilters, top().date, 0});
}

bool CalendarScreen::DrawActivityRow(ScreenContext& ctx, const CalendarOccurrence& o, bool show_date) {
  const OccurrenceSummary& s = o.summary;
  const Lang lang = ctx.settings.lang;
  const std::string seats = SeatsText(s.seats, lang);
  const std::string place = PlaceText(lang == Lang::kZh ? s.site : o.site_en, s.venue);
  ActivityRowFacts row;
  row.occurrence_id = s.occurrence_id;
  row.title = s.title;
  row.start = s.start;
  row.end = s.end;
  row.show_date = show_date;
  row.place = place;
  row.seats = seats;
  row.full = s.seats.Full();
  row.category = ActivityRowCategory{lang == Lang::kZh ? s.category : o.category_en, o.category_rgb};
  return ActivityRow(ctx.touch, row, lang);
}

}  // namespace kiosk::ui
