// kiosk/app/main_loop.h — runs the kiosk: database, UI, window, renderer, and the event-driven loop
// (or, with --screenshot, a few settling frames and a PNG).
#pragma once

#include <stdexcept>

#include "kiosk/app/app_options.h"
#include "kiosk/app/startup_timer.h"

namespace kiosk::app {

// The database is missing, unreadable, corrupt or from a newer kiosk. what() is one bilingual line.
class DatabaseOpenError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Returns the process exit code. Throws DatabaseOpenError, ui::FontNotFoundError, PlatformError,
// ScreenshotError, FileWriteError.
int RunKiosk(const AppOptions& options, const StartupTimer& timer);

}  // namespace kiosk::app
