// kiosk/core/admin/admin_today.h — what staff see on the admin screen about today: each
// activity's sign-ups with the names and the phones' last four digits (the admin screen alone
// shows them unmasked), the volunteers' check-ins, and the check-ins still open.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/storage/sqlite.h"
#include "kiosk/core/time/local_time.h"

namespace kiosk {

struct AdminSignUp {
  std::string name;         // as given at sign-up; "" when skipped
  std::string phone_last4;  // "5678"
  std::string status;       // "confirmed", "waitlisted"
  std::optional<int> waitlist_position;
};

struct AdminActivity {
  int64_t occurrence_id = 0;
  std::string title;
  LocalDateTime start;
  std::vector<AdminSignUp> signups;  // confirmed first, then the waitlist in order
};

struct AdminCheckIn {
  std::string volunteer;  // the roster's display name
  std::string activity;   // "" for general duty
  LocalDateTime checked_in;
  std::optional<LocalDateTime> checked_out;  // none: still open
};

// Today's activities in time order, with their live sign-ups (cancelled ones left out).
std::vector<AdminActivity> TodaysSignUps(db::Database& db, const LocalDate& today);
// Check-ins made today, in time order; open ones have no checked_out.
std::vector<AdminCheckIn> TodaysCheckIns(db::Database& db, const LocalDate& today);

}  // namespace kiosk
