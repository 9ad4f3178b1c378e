// kiosk/core/admin/admin_bookings.h — today's room bookings for staff, with their matters (the
// admin screen alone shows a matter; no public query reads it) and the no-shows among them.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/storage/sqlite.h"
#include "kiosk/core/time/local_time.h"

namespace kiosk {

struct AdminBooking {
  std::string booking_id;
  std::string room;  // the room's Chinese name
  LocalDateTime start, end;
  std::string phone_last4;
  std::string status;                 // "confirmed", "no_show", "cancelled", "conflict"
  std::optional<std::string> matter;  // "family", "neighbour", "property", "labour", "other"
  bool arrived = false;
};

// Bookings starting today, by start time then room; cancelled ones left out.
std::vector<AdminBooking> TodaysBookings(db::Database& db, const LocalDate& today);

}  // namespace kiosk
