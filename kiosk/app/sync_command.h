// kiosk/app/sync_command.h — `kiosk --sync`: one nightly sync with no window. Share, kiosk id and
// database come from kiosk.toml, overridden by --share, --kiosk-id and --db. A --db naming a
// missing file installs a new kiosk from the export (--kiosk-id is then required).
#pragma once

#include <cstdio>

#include "kiosk/core/config/kiosk_settings.h"

namespace kiosk::app {

// Prints one line of counts on `out` and returns 0; on failure one line (中文 / English) on `err`,
// the data as it was, and 1 (sync failed) or 2 (nothing to sync with: no share, no kiosk id).
int RunSyncCommand(const KioskSettings& settings, std::FILE* out, std::FILE* err);

}  // namespace kiosk::app
