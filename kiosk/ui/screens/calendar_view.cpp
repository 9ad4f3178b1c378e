// kiosk/ui/screens/calendar_view.cpp — command-line names of the calendar's views.
#include "kiosk/ui/screens/calendar_view.h"

#include <array>
#include <utility>

namespace kiosk::ui {
namespace {
constexpr std::array<std::pair<CalendarView, std::string_view>, 6> kNames = {{
    {CalendarView::kMonth, "calendar-month"},
    {CalendarView::kWeek, "calendar-week"},
    {CalendarView::kDay, "calendar-day"},
    {CalendarView::kDetail, "detail"},
    {CalendarView::kSearch, "search"},
    {CalendarView::kFilters, "calendar-filters"},
}};
}  // namespace

std::string_view CalendarViewName(CalendarView view) {
  for (const auto& [v, name] : kNames)
    if (v == view) return name;
  return "calendar-month";
}

std::optional<CalendarView> CalendarViewFromName(std::string_view name) {
  for (const auto& [v, view_name] : kNames)
    if (view_name == name) return v;
  return std::nullopt;
}

const std::vector<CalendarView>& AllCalendarViews() {
  static const std::vector<CalendarView> all = [] {
    std::vector<CalendarView> v;
    for (const auto& entry : kNames) v.push_back(entry.first);
    return v;
  }();
  return all;
}

}  // namespace kiosk::ui
