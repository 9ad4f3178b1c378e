// kiosk/core/storage/kiosk_database.h — opens the kiosk's own database the one right way:
// WAL, foreign keys on, synchronous=FULL, busy timeout, schema migrated to latest.
#pragma once

#include <string>

#include "kiosk/core/storage/sqlite.h"

namespace kiosk {

// Opens (creating if asked) and migrates. Throws db::SqliteError / SchemaTooNewError,
// and std::runtime_error with a plain message when the file is missing and create is false.
db::Database OpenKioskDatabase(const std::string& path, bool create_if_missing);

}  // namespace kiosk
