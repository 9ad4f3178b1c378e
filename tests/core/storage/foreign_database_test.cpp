// tests/core/storage/foreign_database_test.cpp — only our own databases are touched: another
// program's SQLite file is refused before any write and stays byte for byte as it was.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "kiosk/core/storage/kiosk_database.h"
#include "kiosk/core/storage/migrations.h"
#include "kiosk/core/storage/storage_failure.h"
#include "tests/core/core_test_support.h"

namespace kiosk {
namespace {

std::string Bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void MakeForeign(const std::string& path, const char* sql) {
  db::Database other(path, db::OpenMode::kReadWriteCreate);
  other.Exec(sql);
}

void ExpectRefusedAndUntouched(const std::string& path) {
  const std::string before = Bytes(path);
  ASSERT_FALSE(before.empty());
  try {
    OpenKioskDatabase(path, /*create_if_missing=*/false);
    FAIL() << "expected NotKioskDatabaseError";
  } catch (const NotKioskDatabaseError& error) {
    const StorageFailure failure = DescribeStorageFailure(error);
    EXPECT_EQ(failure.kind, StorageFailureKind::kNotKioskDatabase);
    EXPECT_NE(failure.Line().find("不是一体机数据库"), std::string::npos) << failure.Line();
    EXPECT_NE(failure.Line().find("not a kiosk database"), std::string::npos) << failure.Line();
  }
  // Also with create allowed (what `init` and the demo builder pass): still refused.
  EXPECT_THROW(OpenKioskDatabase(path, /*create_if_missing=*/true), NotKioskDatabaseError);
  EXPECT_EQ(Bytes(path), before);
  EXPECT_FALSE(std::filesystem::exists(path + "-wal"));
  EXPECT_FALSE(std::filesystem::exists(path + "-shm"));
  EXPECT_FALSE(std::filesystem::exists(path + "-journal"));
}

TEST(ForeignDatabase, AnotherProgramsDatabaseIsRefusedAndLeftByteIdentical) {
  testing::TempDbPath path;
  MakeForeign(
      path.str(),
      "CREATE TABLE contacts(name TEXT, phone TEXT); INSERT INTO contacts VALUES('王', '13800000000');"
      "PRAGMA user_version = 3;");
  ExpectRefusedAndUntouched(path.str());
}

TEST(ForeignDatabase, AnotherApplicationIdIsRefusedEvenWithOurTableNames) {
  testing::TempDbPath path;
  MakeForeign(path.str(),
              "CREATE TABLE meta(key, value); CREATE TABLE events(id); CREATE TABLE occurrences(id);"
              "PRAGMA application_id = 42; PRAGMA user_version = 2;");
  ExpectRefusedAndUntouched(path.str());
}

TEST(ForeignDatabase, AWalModeForeignDatabaseKeepsItsBytesAndLeavesNoWal) {
  testing::TempDbPath path;
  MakeForeign(path.str(), "PRAGMA journal_mode = WAL; CREATE TABLE t(x); INSERT INTO t VALUES(1);");
  ExpectRefusedAndUntouched(path.str());
}

TEST(ForeignDatabase, SchemaWithoutAVersionIsNotOurs) {
  testing::TempDbPath path;
  MakeForeign(path.str(),
              "CREATE TABLE meta(key, value); CREATE TABLE events(id); CREATE TABLE occurrences(id);");
  ExpectRefusedAndUntouched(path.str());
}

TEST(ForeignDatabase, OurTableNamesWithOtherColumnsAreNotOurs) {
  testing::TempDbPath path;
  MakeForeign(path.str(),
              "PRAGMA user_version = 3; CREATE TABLE meta(k, v); CREATE TABLE events(id);"
              "CREATE TABLE occurrences(id); CREATE TABLE sites(x);");
  ExpectRefusedAndUntouched(path.str());
}

TEST(ForeignDatabase, NewAndEmptyFilesBecomeKioskDatabases) {
  testing::TempDbPath path;
  { std::ofstream touch(path.str()); }  // an empty file, as `touch master.db` leaves
  db::Database db = OpenKioskDatabase(path.str(), /*create_if_missing=*/false);
  EXPECT_EQ(db::QueryInt(db, "PRAGMA application_id"), kKioskApplicationId);
  EXPECT_EQ(SchemaVersion(db), LatestSchemaVersion());
  EXPECT_EQ(InspectDatabase(db), DatabaseKind::kKiosk);
}

TEST(ForeignDatabase, AKioskDatabaseFromBeforeTheIdIsOursAndGetsIt) {
  testing::TempDbPath path;
  {  // as a version-7 kiosk wrote it: migrations up to 007, no application_id
    db::Database db(path.str(), db::OpenMode::kReadWriteCreate);
    testing::MigrateUpTo(db, "008_");
    ASSERT_EQ(db::QueryInt(db, "PRAGMA user_version"), 7);
    ASSERT_EQ(db::QueryInt(db, "PRAGMA application_id"), 0);
  }
  db::Database db = OpenKioskDatabase(path.str(), false);
  EXPECT_EQ(db::QueryInt(db, "PRAGMA application_id"), kKioskApplicationId);
  EXPECT_EQ(SchemaVersion(db), LatestSchemaVersion());
}

}  // namespace
}  // namespace kiosk
