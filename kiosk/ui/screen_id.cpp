// kiosk/ui/screen_id.cpp — stable command-line names of the screens.
#include "kiosk/ui/screen_id.h"

#include <array>
#include <utility>

namespace kiosk::ui {
namespace {
constexpr std::array<std::pair<ScreenId, std::string_view>, 7> kNames = {{
    {ScreenId::kHome, "home"},
    {ScreenId::kCalendar, "calendar"},
    {ScreenId::kSignup, "signup"},
    {ScreenId::kVolunteer, "volunteer"},
    {ScreenId::kRoomBooking, "booking"},
    {ScreenId::kMyRecords, "mine"},
    {ScreenId::kAdmin, "admin"},
}};
}  // namespace

std::string_view ScreenName(ScreenId id) {
  for (const auto& [screen, name] : kNames)
    if (screen == id) return name;
  return "home";
}

std::optional<ScreenId> ScreenFromName(std::string_view name) {
  for (const auto& [screen, screen_name] : kNames)
    if (screen_name == name) return screen;
  return std::nullopt;
}

const std::vector<ScreenId>& AllScreens() {
  static const std::vector<ScreenId> all = [] {
    std::vector<ScreenId> v;
    for (const auto& entry : kNames) v.push_back(entry.first);
    return v;
  }();
  return all;
}

}  // namespace kiosk::ui
