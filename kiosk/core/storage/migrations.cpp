// kiosk/core/storage/migrations.cpp — applies the embedded data/migrations/*.sql in version order,
// recording progress in PRAGMA user_version. Forward-only: an older kiosk refuses a newer file.
#include "kiosk/core/storage/migrations.h"

#include <sqlite3.h>

#include <string>

namespace kiosk {

int LatestSchemaVersion() {
  int latest = 0;
  for (const Migration& migration : EmbeddedMigrations()) {
    if (migration.version > latest) latest = migration.version;
  }
  return latest;
}

int SchemaVersion(db::Database& db) { return static_cast<int>(db::QueryInt(db, "PRAGMA user_version")); }

void MigrateToLatest(db::Database& db) {
  const int current = SchemaVersion(db);
  const int latest = LatestSchemaVersion();
  if (current > latest) {
    throw SchemaTooNewError("数据库版本过新，请升级本机软件 / database schema version " +
                            std::to_string(current) + " is newer than this kiosk supports (" +
                            std::to_string(latest) + ")");
  }
  if (current == latest) return;
  // A migration may rebuild a table (SQLite's way to change a CHECK): foreign keys are off while it
  // runs, as SQLite's ALTER TABLE procedure says, and checked whole before each commit.
  const bool foreign_keys = db::QueryInt(db, "PRAGMA foreign_keys") != 0;
  db.Exec("PRAGMA foreign_keys = OFF");
  try {
    // EmbeddedMigrations() is sorted by file name, and file names start with the zero-padded version.
    for (const Migration& migration : EmbeddedMigrations()) {
      if (migration.version <= current) continue;
      db::Transaction transaction(db);
      db.Exec(migration.sql);
      if (db::Statement(db, "PRAGMA foreign_key_check").Step()) {
        throw db::SqliteError(SQLITE_CONSTRAINT_FOREIGNKEY,
                              "migration " + std::string(migration.name) + " broke a foreign key");
      }
      // user_version is part of the database header, so it commits or rolls back with the schema.
      db.Exec("PRAGMA user_version = " + std::to_string(migration.version));
      transaction.Commit();
    }
  } catch (...) {
    if (foreign_keys) db.Exec("PRAGMA foreign_keys = ON");
    throw;
  }
  if (foreign_keys) db.Exec("PRAGMA foreign_keys = ON");
}

}  // namespace kiosk
