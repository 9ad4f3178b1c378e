// kiosk/ui/screens/calendar_view.h — the calendar's own views (inside ScreenId::kCalendar) and
// their command-line names, so `kiosk --screen calendar-week` can start (and screenshot) one.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace kiosk::ui {

enum class CalendarView { kMonth, kWeek, kDay, kDetail, kSearch, kFilters };

// "calendar-month", "calendar-week", "calendar-day", "detail", "search", "calendar-filters"
std::string_view CalendarViewName(CalendarView view);
std::optional<CalendarView> CalendarViewFromName(std::string_view name);
const std::vector<CalendarView>& AllCalendarViews();

}  // namespace kiosk::ui
