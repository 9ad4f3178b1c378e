// kiosk/app/sync_timer.h — `kiosk --print-sync-timer`: the systemd drop-in that sets
// kiosk-sync.timer to kiosk.toml's sync_time (Asia/Shanghai) with a random delay, so a hundred
// kiosks do not reach the share in the same second. The package's systemd generator
// (packaging/kiosk-sync-time-generator) runs it at every boot and daemon-reload: edit kiosk.toml,
// reboot, and the timer follows.
#pragma once

#include <string>

#include "kiosk/core/config/kiosk_settings.h"

namespace kiosk::app {

inline constexpr int kSyncRandomDelayMinutes = 15;

std::string SyncTimerDropIn(const KioskSettings& settings);

}  // namespace kiosk::app
