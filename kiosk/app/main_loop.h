// kiosk/app/main_loop.h — runs the kiosk: database, UI, window, renderer, and the event-driven loop
// (or, with --screenshot, a few settling frames and a PNG).
#pragma once

#include <optional>
#include <stdexcept>
#include <string>

#include "kiosk/app/app_options.h"
#include "kiosk/app/startup_timer.h"
#include "kiosk/core/config/kiosk_settings.h"

namespace kiosk::app {

// The database is missing, unreadable, corrupt or from a newer kiosk. what() is one bilingual line.
class DatabaseOpenError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// `settings`: kiosk.toml with the command line over it (ResolveSettings); `district_key`: from its
// key_file, if any. Returns the process exit code. Throws DatabaseOpenError, PhoneKeyRefusedError
// (the database's phone hashes need a key this kiosk does not hold), ui::FontNotFoundError,
// PlatformError, ScreenshotError, FileWriteError.
int RunKiosk(const AppOptions& options, const KioskSettings& settings,
             const std::optional<std::string>& district_key, const StartupTimer& timer);

}  // namespace kiosk::app
