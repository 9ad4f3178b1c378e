// kiosk/core/storage/kiosk_database.cpp — opens the kiosk's local database with the settings every
// writer relies on (WAL, foreign keys, durable commits, busy timeout) and migrates it, after making
// sure the file is ours.
#include "kiosk/core/storage/kiosk_database.h"

#include <filesystem>
#include <initializer_list>
#include <stdexcept>

#include "kiosk/core/storage/migrations.h"
#include "kiosk/core/storage/storage_failure.h"

namespace kiosk {

namespace {

// The last schema version written before migration 008 set the application_id.
constexpr int kLastVersionWithoutApplicationId = 7;  // 008_hostile_input.sql sets the id

// True when `table` exists with every one of `columns` (as migration 001 made it).
bool HasColumns(db::Database& db, const char* table, std::initializer_list<const char*> columns) {
  db::Statement query(db, "SELECT 1 FROM pragma_table_info(?1) WHERE name = ?2");
  for (const char* column : columns) {
    query.Reset();
    query.Bind(1, table).Bind(2, column);
    if (!query.Step()) return false;
  }
  return true;
}

// A read-only look at an existing file, before the read-write connection that sets WAL and migrates.
void RefuseForeignFile(const std::string& path) {
  db::Database probe(path, db::OpenMode::kInspect);  // leaves no -wal or -shm behind
  if (InspectDatabase(probe) == DatabaseKind::kForeign) {
    throw NotKioskDatabaseError(
        "不是一体机数据库（是别的程序的文件），未做任何更改；请选择一体机的数据库文件 / " + path +
        " is not a kiosk database (another program's file); nothing was changed — "
        "choose the kiosk's database file");
  }
}

}  // namespace

DatabaseKind InspectDatabase(db::Database& db) {
  const int64_t application_id = db::QueryInt(db, "PRAGMA application_id");
  const int64_t version = db::QueryInt(db, "PRAGMA user_version");
  if (application_id == kKioskApplicationId) return DatabaseKind::kKiosk;
  if (application_id != 0) return DatabaseKind::kForeign;
  const int64_t objects = db::QueryInt(db, "SELECT count(*) FROM sqlite_master");
  if (objects == 0 && version == 0) return DatabaseKind::kEmpty;
  const bool legacy =
      version >= 1 && version <= kLastVersionWithoutApplicationId &&
      HasColumns(db, "meta", {"key", "value"}) &&
      HasColumns(db, "events", {"uid", "title", "category_id", "site_id", "capacity"}) &&
      HasColumns(db, "occurrences", {"event_id", "recurrence_id", "start_at", "end_at", "status"}) &&
      HasColumns(db, "sites", {"code", "name_zh"});
  return legacy ? DatabaseKind::kKiosk : DatabaseKind::kForeign;
}

db::Database OpenKioskDatabase(const std::string& path, bool create_if_missing) {
  const bool in_memory = path == ":memory:" || path.empty();
  std::error_code error;
  const bool exists = !in_memory && std::filesystem::exists(path, error);
  if (!in_memory && !create_if_missing && !exists) {
    throw DatabaseMissingError("数据库文件不存在 / database file not found: " + path);
  }
  if (exists && std::filesystem::file_size(path, error) > 0) RefuseForeignFile(path);
  db::Database db(path, create_if_missing ? db::OpenMode::kReadWriteCreate : db::OpenMode::kReadWrite);
  db.Exec("PRAGMA busy_timeout = 5000");  // the nightly sync may hold the write lock briefly
  // journal_mode reads the header first, so a file that is not SQLite fails here with SQLITE_NOTADB.
  db.Exec("PRAGMA journal_mode = WAL");
  db.Exec("PRAGMA synchronous = FULL");  // a sign-up acknowledged on screen survives a power cut
  db.Exec("PRAGMA foreign_keys = ON");
  MigrateToLatest(db);
  // No statement may hold the UI longer than kStatementTimeLimit, even over a planted loop.
  // (trusted_schema=OFF is not set: Debian 12's SQLite 3.40 then refuses the outbox's
  // json_valid() CHECK as unsafe.)
  db.LimitStatementTime(kStatementTimeLimit);
  return db;
}

std::optional<std::string> StoredPhoneKeyFingerprint(db::Database& db) {
  db::Statement query(db, "SELECT value FROM meta WHERE key = 'phone_key_fingerprint'");
  if (!query.Step()) return std::nullopt;
  return query.ColumnText(0);
}

void StorePhoneKeyFingerprint(db::Database& db, std::string_view fingerprint) {
  db::Statement(db, "INSERT OR REPLACE INTO meta(key, value) VALUES('phone_key_fingerprint', ?1)")
      .Bind(1, std::string(fingerprint))
      .Run();
}

}  // namespace kiosk
