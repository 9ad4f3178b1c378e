// kiosk/ui/screens/calendar_screen.h — the activity calendar (ScreenId::kCalendar): month grid
// with lunar days and festivals, week, day agenda, activity detail, search with an on-screen
// pinyin keyboard, and the category / community filters that apply to all of them.
//
// One object holds every view's state, split into files by view (calendar_month_view.cpp,
// calendar_week_view.cpp, calendar_day_view.cpp, activity_detail_view.cpp,
// calendar_search_view.cpp, calendar_filter_view.cpp). The views form their own small stack so
// Back goes back one view at a time; leaving the calendar or Reset() clears everything.
#pragma once

#include <imgui.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "kiosk/core/calendar/activity_search.h"
#include "kiosk/core/calendar/calendar_queries.h"
#include "kiosk/core/calendar/poster_image.h"
#include "kiosk/core/time/chinese_festivals.h"
#include "kiosk/ui/screen_context.h"
#include "kiosk/ui/screens/calendar_view.h"
#include "kiosk/ui/screens/calendar_widgets.h"
#include "kiosk/ui/widgets/pinyin_keyboard.h"

namespace kiosk::ui {

class CalendarScreen {
 public:
  CalendarScreen();
  ~CalendarScreen();
  CalendarScreen(const CalendarScreen&) = delete;
  CalendarScreen& operator=(const CalendarScreen&) = delete;

  void Draw(ScreenContext& ctx);
  // Everything back to the start: this month, no filter, empty search, no detail.
  void Reset();
  // The database changed (sync): reload on the next frame.
  void Invalidate();
  // Open `view` (over this month's grid) on the next frame; used by --screen calendar-week etc.
  void Start(CalendarView view) { start_view_ = view; }

  CalendarView view() const { return stack_.empty() ? CalendarView::kMonth : stack_.back().view; }
  size_t depth() const { return stack_.size(); }
  // The month (first day) or the day the current view shows.
  std::optional<LocalDate> shown_date() const;
  const CalendarFilter& filter() const { return filter_; }
  // The search field as typed: chosen Chinese plus the letters not yet turned into Chinese.
  std::string search_query() const { return keyboard_.text(); }

 private:
  struct Step {
    CalendarView view = CalendarView::kMonth;
    LocalDate date;             // month views: any day of the month; week: any day of the week
    int64_t occurrence_id = 0;  // detail
  };
  struct DayLabel {
    std::string lunar;                // "初五", or the month's name on its first day ("冬月")
    std::vector<Festival> festivals;  // what falls on the day
  };
  struct ListCache {
    bool valid = false;
    LocalDate first, last;
    CalendarFilter filter;
    std::vector<CalendarOccurrence> items;
  };
  struct DetailCache {
    int64_t occurrence_id = 0;
    std::optional<OccurrenceDetail> detail;
    std::optional<PosterImage> poster;
    bool poster_unreadable = false;
    QrModules qr;
  };

  // Navigation inside the calendar.
  void Push(Step step);
  void GoBack(ScreenContext& ctx);
  void OpenDetail(int64_t occurrence_id) { Push(Step{CalendarView::kDetail, {}, occurrence_id}); }
  void ApplyStartView(ScreenContext& ctx);
  Step& top() { return stack_.back(); }

  // Shared pieces (calendar_screen.cpp).
  void LoadReference(ScreenContext& ctx);
  const DayLabel& LabelOf(const LocalDate& date);
  const std::vector<CalendarOccurrence>& List(ScreenContext& ctx, ListCache& cache, LocalDate first,
                                              LocalDate last);
  const CategoryInfo* Category(int64_t id) const;
  // Row of view buttons: ‹prev› title ‹next› and 今天 / 月历 or 周历 / 筛选 / 搜索.
  // Returns -1 or +1 when prev or next was tapped.
  int DrawToolbar(ScreenContext& ctx, Str prev, Str next, const std::string& title);
  bool DrawActivityRow(ScreenContext& ctx, const CalendarOccurrence& o, bool show_date);
  // 筛选 (or "已筛选2项"): opens the filters, which apply to every view and to search.
  std::string FilterButtonText(const ScreenContext& ctx) const;
  float FilterButtonWidth(const ScreenContext& ctx) const;
  void DrawFilterButton(ScreenContext& ctx, ImVec2 size);

  // The views, one file each.
  void DrawMonth(ScreenContext& ctx);
  void DrawMonthCell(ScreenContext& ctx, const LocalDate& date, const DayCount& count, ImVec2 min,
                     ImVec2 max);
  void DrawMonthLegend(ScreenContext& ctx, ImVec2 pos, float width);
  void DrawWeek(ScreenContext& ctx);
  void DrawDay(ScreenContext& ctx);
  void DrawDetail(ScreenContext& ctx);
  void LoadDetail(ScreenContext& ctx, int64_t occurrence_id);
  void DrawDetailFacts(ScreenContext& ctx, const OccurrenceDetail& d, float width);
  void DrawPoster(ScreenContext& ctx, const OccurrenceDetail& d, ImVec2 min, ImVec2 max);
  void DrawSearch(ScreenContext& ctx);
  void UpdateSearch(ScreenContext& ctx);
  void DrawSearchResults(ScreenContext& ctx, ImVec2 size);
  void DrawFilters(ScreenContext& ctx);

  std::vector<Step> stack_;
  std::optional<CalendarView> start_view_;
  bool reset_scroll_ = true;  // a view just opened: its lists start at the top
  int page_turn_ = 0;         // 上一页 / 下一页 under the view's list (list_pager.h)

  CalendarFilter filter_;
  bool reference_loaded_ = false;
  std::vector<CategoryInfo> categories_;
  std::vector<SiteInfo> sites_;

  // Month grid.
  bool month_valid_ = false;
  int month_year_ = 0, month_month_ = 0;
  CalendarFilter month_filter_;
  std::vector<DayCount> month_counts_;
  std::unordered_map<int, DayLabel> day_labels_;  // by days since epoch; lunar dates cost ICU calls

  ListCache day_list_, week_list_;
  DetailCache detail_;

  // Search.
  std::optional<ActivitySearchIndex> index_;
  LocalDate index_date_;
  PinyinKeyboard keyboard_;  // the query: Chinese chosen from candidates, then letters typed since
  std::string searched_for_;
  CalendarFilter searched_filter_;
  SearchResult results_;
  bool search_dirty_ = true;
};

}  // namespace kiosk::ui
