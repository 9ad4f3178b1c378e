// kiosk/app/sync_timer.cpp — the kiosk-sync.timer drop-in from sync_time.
#include "kiosk/app/sync_timer.h"

namespace kiosk::app {

std::string SyncTimerDropIn(const KioskSettings& settings) {
  return "# kiosk-sync.timer at kiosk.toml's sync_time (written by kiosk --print-sync-timer)\n"
         "[Timer]\n"
         "OnCalendar=\n"
         "OnCalendar=*-*-* " +
         settings.sync_time.Text() + ":00 Asia/Shanghai\n" +
         "RandomizedDelaySec=" + std::to_string(kSyncRandomDelayMinutes) + "min\n";
}

}  // namespace kiosk::app
