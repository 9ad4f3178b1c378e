// kiosk/core/storage/storage_failure.h — the one mapping from a failure of the kiosk's database to a
// sentence a person can act on (Chinese, then English), used by the office tool and the kiosk; and the
// one place a failed kiosk write is logged with its cause.
#pragma once

#include <exception>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk {

// The database file does not exist (and was not to be created).
class DatabaseMissingError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

enum class StorageFailureKind {
  kLocked,            // SQLITE_BUSY / SQLITE_LOCKED: another program holds the database
  kDiskFull,          // SQLITE_FULL
  kReadOnly,          // SQLITE_READONLY / CANTOPEN / PERM / AUTH: read-only file or folder, no permission
  kNotKioskDatabase,  // NotKioskDatabaseError: another program's SQLite file
  kDamaged,           // SQLITE_CORRUPT / SQLITE_NOTADB
  kTooNew,            // SchemaTooNewError
  kMissing,           // DatabaseMissingError
  kTimedOut,          // SQLITE_INTERRUPT: a statement ran past kStatementTimeLimit
  kOther,             // anything else (its cause says what)
};

struct StorageFailure {
  StorageFailureKind kind = StorageFailureKind::kOther;
  std::string zh;     // what happened and what to do
  std::string en;     // the same in English
  std::string cause;  // the error underneath, printable (text/text_gate.h PrintableText)
  // "zh / en (cause)", one printable line whatever bytes the cause held.
  std::string Line() const;
};

// The one mapping (db::SqliteError by its code, and the storage layer's own errors by their type).
StorageFailure DescribeStorageFailure(const std::exception& error);

// Every sentence DescribeStorageFailure can give, Chinese and English (the kiosk's glyph atlas
// holds their characters before a failure needs them).
std::vector<std::string> StorageFailureSentences();

// Where LogStorageFailure writes; the kiosk sends it to its log (spdlog → stderr → journald).
// The default writes one line to stderr.
using StorageFailureSink = void (*)(std::string_view line);
void SetStorageFailureSink(StorageFailureSink sink);

// Logs one line: what was being done, then DescribeStorageFailure(error).Line(). Never throws.
void LogStorageFailure(std::string_view action, const std::exception& error) noexcept;

// Logs one line about a stored value the kiosk leaves out because it cannot show it. Never throws.
void LogStoredValueSkipped(std::string_view what) noexcept;

}  // namespace kiosk
