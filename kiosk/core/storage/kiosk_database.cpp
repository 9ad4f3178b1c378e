// kiosk/core/storage/kiosk_database.cpp — opens the kiosk's local database with the settings every
// writer relies on (WAL, foreign keys, durable commits, busy timeout) and migrates it.
#include "kiosk/core/storage/kiosk_database.h"

#include <filesystem>
#include <stdexcept>

#include "kiosk/core/storage/migrations.h"

namespace kiosk {

db::Database OpenKioskDatabase(const std::string& path, bool create_if_missing) {
  const bool in_memory = path == ":memory:" || path.empty();
  if (!in_memory && !create_if_missing && !std::filesystem::exists(path)) {
    throw std::runtime_error("数据库文件不存在 / database file not found: " + path);
  }
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
