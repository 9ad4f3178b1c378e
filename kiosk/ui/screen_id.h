// kiosk/ui/screen_id.h — the screens of the kiosk, and their stable command-line names.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace kiosk::ui {

enum class ScreenId { kHome, kCalendar, kSignup, kVolunteer, kRoomBooking, kMyRecords, kAdmin };

std::string_view ScreenName(ScreenId id);  // "home", "calendar", "signup", "volunteer", "booking", "mine", "admin"
std::optional<ScreenId> ScreenFromName(std::string_view name);
const std::vector<ScreenId>& AllScreens();

}  // namespace kiosk::ui
