// kiosk/app/sync_command.h — `kiosk --sync`: one nightly sync with no window. Share, kiosk id and
// database come from kiosk.toml, overridden by --share, --kiosk-id and --db. A --db naming a
// missing file installs a new kiosk from the export (--kiosk-id is then required).
#pragma once

#include <cstdio>
#include <string>

#include "kiosk/core/config/kiosk_settings.h"

namespace kiosk::app {

// One sync's outcome: code 0 and a line of counts; on failure the data as it was, code 1 (sync
// failed) or 2 (nothing to sync with: no share, no kiosk id) and one line (中文 / English).
struct SyncOutcome {
  int code = 1;
  std::string line;  // as printed, without the newline
};
SyncOutcome RunSync(const KioskSettings& settings);

// `kiosk --sync`: RunSync, its line printed on `out` (success) or `err` (failure); returns its code.
int RunSyncCommand(const KioskSettings& settings, std::FILE* out, std::FILE* err);

}  // namespace kiosk::app
