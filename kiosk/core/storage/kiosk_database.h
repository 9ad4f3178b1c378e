// kiosk/core/storage/kiosk_database.h — opens the kiosk's own database the one right way:
// WAL, foreign keys on, synchronous=FULL, busy timeout, schema migrated to latest.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "kiosk/core/storage/sqlite.h"

namespace kiosk {

// Longest any one statement on the kiosk's database may run (a loop planted in a view, a write
// blocked by another program past the busy timeout): then it fails with SQLITE_INTERRUPT.
constexpr std::chrono::milliseconds kStatementTimeLimit{10000};

// Opens (creating if asked) and migrates; then every statement bounded by kStatementTimeLimit. Throws
// db::SqliteError / SchemaTooNewError, and std::runtime_error with a plain message when the file is missing
// and create is false.
db::Database OpenKioskDatabase(const std::string& path, bool create_if_missing);

// meta 'phone_key_fingerprint': the fingerprint (PhoneKeyFingerprint) of the key this database's
// phone hashes were made with. nullopt when the database does not name one.
std::optional<std::string> StoredPhoneKeyFingerprint(db::Database& db);
// Records it (replacing any earlier one); call it when the first phone hash is written.
void StorePhoneKeyFingerprint(db::Database& db, std::string_view fingerprint);

}  // namespace kiosk
