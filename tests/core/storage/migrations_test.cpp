// tests/core/storage/migrations_test.cpp — schema migrations: an empty file reaches the latest version,
// re-opening changes nothing, and a database from a newer kiosk is refused, not damaged.
#include "kiosk/core/storage/migrations.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "kiosk/core/storage/kiosk_database.h"
#include "tests/core/core_test_support.h"

namespace kiosk {
namespace {

// Versions run 1, 2, 3, ... with no gap: a missing number means a migration file was lost (or
// two branches picked numbers apart), and a kiosk would then skip that schema change silently.
TEST(Migrations, NumberedFromOneWithoutAGap) {
  const auto& migrations = EmbeddedMigrations();
  ASSERT_FALSE(migrations.empty());
  for (size_t i = 0; i < migrations.size(); ++i) {
    EXPECT_EQ(migrations[i].version, static_cast<int>(i) + 1) << migrations[i].name;
    char prefix[16];
    std::snprintf(prefix, sizeof prefix, "%03d_", migrations[i].version);  // the file name says it too
    EXPECT_EQ(std::string(migrations[i].name).rfind(prefix, 0), 0u) << migrations[i].name;
  }
  EXPECT_EQ(LatestSchemaVersion(), static_cast<int>(migrations.size()));
  EXPECT_STREQ(migrations.front().name, "001_initial");
  EXPECT_STREQ(migrations[1].name, "002_signups_checkins");
}

TEST(Migrations, EmptyDatabaseReachesLatestWithEveryTable) {
  db::Database db(":memory:", db::OpenMode::kReadWriteCreate);
  EXPECT_EQ(SchemaVersion(db), 0);
  MigrateToLatest(db);
  EXPECT_EQ(SchemaVersion(db), LatestSchemaVersion());
  for (const char* table : {"sites", "rooms", "categories", "organizers", "events", "occurrences",
                            "volunteers", "signups", "checkins", "bookings", "outbox", "meta"}) {
    db::Statement query(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?1");
    query.Bind(1, table);
    ASSERT_TRUE(query.Step());
    EXPECT_EQ(query.ColumnInt(0), 1) << table;
  }
  EXPECT_EQ(db::QueryInt(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'occurrences_by_start'"), 1);
}

TEST(Migrations, ReopeningIsIdempotentAndKeepsData) {
  testing::TempDbPath path;
  {
    db::Database db = OpenKioskDatabase(path.str(), true);
    db.Exec("INSERT INTO meta(key, value) VALUES('centre_name', '同安街道党群服务中心')");
  }
  db::Database db = OpenKioskDatabase(path.str(), false);
  MigrateToLatest(db);  // a second time on the same connection does nothing either
  EXPECT_EQ(SchemaVersion(db), LatestSchemaVersion());
  EXPECT_EQ(db::QueryInt(db, "SELECT count(*) FROM meta WHERE key = 'centre_name'"), 1);
}

TEST(Migrations, NewerSchemaIsRejectedAndLeftUntouched) {
  testing::TempDbPath path;
  {
    db::Database db(path.str(), db::OpenMode::kReadWriteCreate);  // as a newer kiosk would leave it
    db.Exec("PRAGMA application_id = " + std::to_string(kKioskApplicationId));
    db.Exec("PRAGMA user_version = " + std::to_string(LatestSchemaVersion() + 1));
  }
  EXPECT_THROW(OpenKioskDatabase(path.str(), false), SchemaTooNewError);
  db::Database db(path.str(), db::OpenMode::kReadOnly);
  EXPECT_EQ(SchemaVersion(db), LatestSchemaVersion() + 1);
  EXPECT_EQ(db::QueryInt(db, "SELECT count(*) FROM sqlite_schema"), 0);
}

TEST(Migrations, FailedMigrationLeavesVersionUnchanged) {
  db::Database db(":memory:", db::OpenMode::kReadWriteCreate);
  db.Exec("CREATE TABLE sites(x)");  // collides with 001_initial
  EXPECT_THROW(MigrateToLatest(db), db::SqliteError);
  EXPECT_EQ(SchemaVersion(db), 0);
  EXPECT_EQ(db::QueryInt(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'events'"), 0);
}

}  // namespace
}  // namespace kiosk
