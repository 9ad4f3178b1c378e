// kiosk/core/storage/migrations.h — forward-only schema migrations keyed by PRAGMA user_version.
// The SQL lives in data/migrations/NNN_name.sql and is embedded at build time.
#pragma once

#include <string>
#include <vector>

#include "kiosk/core/storage/sqlite.h"

namespace kiosk {

struct Migration {
  int version;
  const char* name;
  const char* sql;
};

const std::vector<Migration>& EmbeddedMigrations();
int LatestSchemaVersion();

// Applies every migration newer than the database's user_version, each in its own
// transaction. Throws SchemaTooNewError for a database written by a newer kiosk.
void MigrateToLatest(db::Database& db);
int SchemaVersion(db::Database& db);

class SchemaTooNewError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace kiosk
