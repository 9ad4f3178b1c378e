// kiosk/ui/screens/admin_screen.h — the staff admin (ScreenId::kAdmin), reached only by holding
// the centre's name on home for 5 s (admin_hold.h): the PIN on the keypad (kiosk.toml
// admin_pin_hash; 5 wrong PINs lock it for 15 minutes, shown as a countdown, kept across a
// restart); then five views, one file each (admin_*_view.cpp):
//   今日      today's sign-ups per activity with names and the phones' last four digits (this
//             screen alone shows them), the volunteers' check-ins with the open ones marked
//   今日预约  today's room bookings with their matters, and the no-shows
//   同步      立即同步 (the app's sync on a background thread: admin_sync_job.h), the sync log,
//             the conflicts the office kept
//   更正时长  a volunteer's forgotten or wrong check-out set by hand with a reason
//             (hours_correction.h), synced as a 'correct_hours' operation
//   本机状态  the kiosk's health record and the screen schedule
// and 退出, which asks the app to quit to the desktop. Every action goes into the audit log
// (admin_audit.h), which the nightly batch carries to the office.
//
// Leaving the screen, Home and the idle reset call Reset(): the PIN and the lists are gone.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/admin/admin_bookings.h"
#include "kiosk/core/admin/admin_sync_state.h"
#include "kiosk/core/admin/admin_today.h"
#include "kiosk/core/booking/room_schedule.h"
#include "kiosk/core/config/kiosk_settings.h"
#include "kiosk/core/health/health_operation.h"
#include "kiosk/core/volunteer/hours_correction.h"
#include "kiosk/ui/screen_context.h"
#include "kiosk/ui/screens/admin_sync_job.h"
#include "kiosk/ui/step_flow.h"
#include "kiosk/ui/widgets/phone_keypad.h"

namespace kiosk::ui {

// What the admin needs beyond a screen's context.
struct AdminAccess {
  std::string_view pin_hash;                  // kiosk.toml admin_pin_hash; empty: no PIN set
  std::function<int64_t()> unix_now;          // wall-clock seconds, for the lock
  AdminSyncJob* sync_job = nullptr;           // 立即同步's thread (owned by KioskUi)
  AdminSyncJob::Run run_sync;                 // the app's sync; empty: 立即同步 reports it cannot
  std::function<void()> wake;                 // the app's wake hook, called by the sync thread when done
  std::optional<OpeningHours> opening_hours;  // the screen schedule; none: always on
  BookingPolicy booking_policy;               // when a booking counts as a no-show
};

class AdminScreen {
 public:
  enum class Step { kPin, kOverview };
  enum class View { kToday, kBookings, kSync, kHours, kSystem };

  void Draw(ScreenContext& ctx, const AdminAccess& access);
  void Reset();
  Step step() const { return flow_.step(); }
  View view() const { return view_; }
  // True once 退出 was tapped: the app quits to the desktop.
  bool quit_requested() const { return quit_requested_; }
  // While locked or syncing: seconds until what is shown changes (the app wakes then).
  std::optional<double> SecondsUntilNextTick(bool syncing) const;
  // A sync started here finished (KioskUi hands the result over): shown on the sync view, audited.
  void SyncFinished(ScreenContext& ctx, const SyncJobResult& result);

 private:
  void DrawPin(ScreenContext& ctx, const AdminAccess& access);
  void DrawOverview(ScreenContext& ctx, const AdminAccess& access);
  void Open(ScreenContext& ctx, const AdminAccess& access, View view);
  void DrawToday(ScreenContext& ctx, float width);
  void DrawBookings(ScreenContext& ctx, float width);
  void DrawSync(ScreenContext& ctx, const AdminAccess& access, float width);
  void DrawHours(ScreenContext& ctx, float width);
  void DrawCorrection(ScreenContext& ctx, float width);
  void DrawSystem(ScreenContext& ctx, const AdminAccess& access, float width);
  void Audit(ScreenContext& ctx, const char* action, const std::string& detail);

  StepFlow<Step> flow_;
  PhoneKeypad keypad_{KeypadMode::kPin};
  bool locked_ = false;
  View view_ = View::kToday;
  std::vector<AdminActivity> activities_;
  std::vector<AdminCheckIn> checkins_;
  std::vector<AdminBooking> bookings_;
  std::vector<SyncRun> sync_runs_;
  std::vector<SyncConflict> conflicts_;
  std::optional<SyncJobResult> sync_result_;  // the last 立即同步 while this screen was open
  std::vector<CorrectableCheckin> correctable_;
  std::optional<size_t> correcting_;         // index into correctable_
  std::optional<LocalDateTime> correct_to_;  // the check-out being set
  int reason_ = -1;                          // index of the chosen reason; -1: none yet
  std::string correction_message_;
  std::optional<HealthOp> health_;
  bool sync_stale_ = false;  // the last good sync is more than two days old, or never happened
  std::optional<LocalDateTime> last_sync_;
  bool quit_requested_ = false;
  std::string audit_failure_;  // the audit log could not be written: said on screen (storage_failure_text.h)
};

}  // namespace kiosk::ui
