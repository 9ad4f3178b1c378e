// kiosk/app/kiosk_settings_file.h — the kiosk's settings as it runs with them: kiosk.toml (the
// --config file, or the default one when it exists), with every command-line option over it,
// and the district key read from the file they name. All of it before any window opens.
#pragma once

#include <optional>
#include <string>

#include "kiosk/app/app_options.h"
#include "kiosk/core/config/kiosk_settings.h"

namespace kiosk::app {

// A missing --config FILE is an error; a missing default file is not (the defaults apply).
// Throws ConfigError (the file), UsageError (no database named anywhere).
KioskSettings ResolveSettings(const AppOptions& options);

// The district key from settings.key_file; nullopt when none is named. Throws KeyFileError.
std::optional<std::string> ReadDistrictKey(const KioskSettings& settings);

}  // namespace kiosk::app
