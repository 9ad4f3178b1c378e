// tests/core/storage/kiosk_database_test.cpp — opening the kiosk's own database: the settings a
// power cut or a concurrent sync rely on, and plain errors for a missing or foreign file.
#include "kiosk/core/storage/kiosk_database.h"

#include <gtest/gtest.h>

#include <fstream>

#include "tests/core/core_test_support.h"
#include "kiosk/core/storage/migrations.h"

namespace kiosk {
namespace {

std::string PragmaText(db::Database& db, const char* pragma) {
  db::Statement query(db, std::string("PRAGMA ") + pragma);
  EXPECT_TRUE(query.Step());
  return query.ColumnText(0);
}

TEST(KioskDatabase, CreatesWithWalForeignKeysAndFullSync) {
  testing::TempDbPath path;
  db::Database db = OpenKioskDatabase(path.str(), true);
  EXPECT_EQ(PragmaText(db, "journal_mode"), "wal");
  EXPECT_EQ(PragmaText(db, "foreign_keys"), "1");
  EXPECT_EQ(PragmaText(db, "synchronous"), "2");  // FULL
  EXPECT_EQ(PragmaText(db, "busy_timeout"), "5000");
  EXPECT_EQ(SchemaVersion(db), LatestSchemaVersion());
}

TEST(KioskDatabase, MissingFileWithoutCreateSaysSoInBothLanguages) {
  testing::TempDbPath path;
  try {
    OpenKioskDatabase(path.str(), false);
    FAIL() << "expected std::runtime_error";
  } catch (const std::runtime_error& error) {
    const std::string message = error.what();
    EXPECT_NE(message.find("数据库文件不存在"), std::string::npos) << message;
    EXPECT_NE(message.find("database file not found"), std::string::npos) << message;
    EXPECT_NE(message.find(path.str()), std::string::npos) << message;
  }
  EXPECT_FALSE(std::filesystem::exists(path.str()));  // and nothing was created
}

TEST(KioskDatabase, FileThatIsNotSqliteGivesAReadableError) {
  testing::TempDbPath path;
  {
    std::ofstream out(path.str(), std::ios::binary);
    out << "这不是数据库 — this is a text file pretending to be a kiosk database, long enough to have a "
           "header.";
  }
  try {
    OpenKioskDatabase(path.str(), false);
    FAIL() << "expected SqliteError";
  } catch (const db::SqliteError& error) {
    EXPECT_EQ(error.primary_code(), 26);  // SQLITE_NOTADB
    EXPECT_NE(std::string(error.what()).find("not a database"), std::string::npos) << error.what();
  }
}

}  // namespace
}  // namespace kiosk
