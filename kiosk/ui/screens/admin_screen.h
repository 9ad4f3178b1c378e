// kiosk/ui/screens/admin_screen.h — the staff admin (ScreenId::kAdmin), reached only by holding
// the centre's name on home for 5 s (admin_hold.h): the PIN on the keypad (kiosk.toml
// admin_pin_hash; 5 wrong PINs lock it for 15 minutes, shown as a countdown, kept across a
// restart); then a plain warning when the data has not been synced for two days, today's sign-ups per
// activity with names and the phones' last four digits (this screen alone shows them), the volunteers'
// check-ins with the open ones marked, and 退出, which asks the app to quit to the desktop. Every action goes
// into the audit log (admin_audit.h).
//
// Leaving the screen, Home and the idle reset call Reset(): the PIN and the lists are gone.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/admin/admin_today.h"
#include "kiosk/ui/screen_context.h"
#include "kiosk/ui/step_flow.h"
#include "kiosk/ui/widgets/phone_keypad.h"

namespace kiosk::ui {

// What the admin needs beyond a screen's context.
struct AdminAccess {
  std::string_view pin_hash;          // kiosk.toml admin_pin_hash; empty: no PIN set
  std::function<int64_t()> unix_now;  // wall-clock seconds, for the lock
};

class AdminScreen {
 public:
  enum class Step { kPin, kOverview };

  void Draw(ScreenContext& ctx, const AdminAccess& access);
  void Reset();
  Step step() const { return flow_.step(); }
  // True once 退出 was tapped: the app quits to the desktop.
  bool quit_requested() const { return quit_requested_; }
  // While locked: seconds until the countdown's number changes (the app wakes then).
  std::optional<double> SecondsUntilNextTick() const {
    return locked_ ? std::optional<double>(1.0) : std::nullopt;
  }

 private:
  void DrawPin(ScreenContext& ctx, const AdminAccess& access);
  void DrawOverview(ScreenContext& ctx);
  void Audit(ScreenContext& ctx, const char* action, const std::string& detail);

  StepFlow<Step> flow_;
  PhoneKeypad keypad_{KeypadMode::kPin};
  bool locked_ = false;
  std::vector<AdminActivity> activities_;
  std::vector<AdminCheckIn> checkins_;
  bool sync_stale_ = false;  // the last good sync is more than two days old, or never happened
  std::optional<LocalDateTime> last_sync_;
  bool quit_requested_ = false;
  bool audit_failed_ = false;  // the audit log could not be written: 系统故障 on screen
};

}  // namespace kiosk::ui
