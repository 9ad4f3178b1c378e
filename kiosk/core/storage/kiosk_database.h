// kiosk/core/storage/kiosk_database.h — opens the kiosk's own database the one right way: checks the
// file is a kiosk database before anything is written, then WAL, foreign keys on, synchronous=FULL,
// busy timeout, schema migrated to latest.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "kiosk/core/storage/sqlite.h"

namespace kiosk {

// Longest any one statement on the kiosk's database may run (a loop planted in a view, a write
// blocked by another program past the busy timeout): then it fails with SQLITE_INTERRUPT.
constexpr std::chrono::milliseconds kStatementTimeLimit{10000};
// The page cache of the nightly merge and import (PRAGMA cache_size; negative is KiB: 128 MB).
// SQLite's default of 2 MB would re-read the sign-up indexes' pages again and again.
constexpr int64_t kNightlyPageCache = -131072;

// PRAGMA application_id of every kiosk database (set by migration 008): "KIOS" in ASCII. Together
// with user_version it tells our file from any other program's SQLite database.
constexpr int32_t kKioskApplicationId = 0x4B494F53;

// The file is an SQLite database of another program (or of no program we know): it is left exactly
// as it was. The message is bilingual and says what to do.
class NotKioskDatabaseError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

enum class DatabaseKind {
  kEmpty,    // no schema at all (a new file): may become a kiosk database
  kKiosk,    // our application_id, or a kiosk database from before the id (our tables and columns,
             // user_version 1..7)
  kForeign,  // anything else
};

// Reads only (header and sqlite_master). Throws db::SqliteError for a file that is not SQLite.
DatabaseKind InspectDatabase(db::Database& db);

// Opens (creating if asked) and migrates; then every statement bounded by kStatementTimeLimit.
// Before any write, an existing file is opened read-only and inspected: a foreign one throws
// NotKioskDatabaseError and is never migrated. Throws db::SqliteError / SchemaTooNewError, and
// DatabaseMissingError (storage_failure.h) when the file is missing and create is false.
db::Database OpenKioskDatabase(const std::string& path, bool create_if_missing);

// meta 'phone_key_fingerprint': the fingerprint (PhoneKeyFingerprint) of the key this database's
// phone hashes were made with. nullopt when the database does not name one.
std::optional<std::string> StoredPhoneKeyFingerprint(db::Database& db);
// Records it (replacing any earlier one); call it when the first phone hash is written.
void StorePhoneKeyFingerprint(db::Database& db, std::string_view fingerprint);

}  // namespace kiosk
