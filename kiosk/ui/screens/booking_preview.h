// kiosk/ui/screens/booking_preview.h — the booking flow's steps a screenshot can start on
// (kiosk --screen booking-grid|booking-confirm|booking-result; tools/demo --shots), and the room
// panel's --screen name. BookingScreen::Preview walks the real flow there.
#pragma once

#include <optional>
#include <string_view>

namespace kiosk::ui {

enum class BookingPreview { kGrid, kConfirm, kResult };

inline std::optional<BookingPreview> BookingPreviewFromName(std::string_view name) {
  if (name == "booking-grid") return BookingPreview::kGrid;
  if (name == "booking-confirm") return BookingPreview::kConfirm;
  if (name == "booking-result") return BookingPreview::kResult;
  return std::nullopt;
}

// --screen room-panel: the room panel of this kiosk's first bookable room.
inline constexpr std::string_view kRoomPanelScreenName = "room-panel";

}  // namespace kiosk::ui
