// tests/core/storage/storage_failure_test.cpp — each kind of database failure becomes its own
// sentence a person can act on, Chinese then English, printable whatever bytes it carries.
#include "kiosk/core/storage/storage_failure.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "kiosk/core/storage/kiosk_database.h"
#include "kiosk/core/storage/migrations.h"
#include "kiosk/core/text/utf8.h"
#include "tests/core/core_test_support.h"

namespace kiosk {
namespace {

// The failure of `write`, described.
template <typename Write>
StorageFailure FailureOf(Write&& write) {
  try {
    write();
  } catch (const std::exception& error) {
    return DescribeStorageFailure(error);
  }
  ADD_FAILURE() << "expected the write to fail";
  return {};
}

void ExpectSays(const StorageFailure& failure, const char* zh, const char* en) {
  EXPECT_NE(failure.Line().find(zh), std::string::npos) << failure.Line();
  EXPECT_NE(failure.Line().find(en), std::string::npos) << failure.Line();
  EXPECT_LT(failure.Line().find(zh), failure.Line().find(en)) << "Chinese first: " << failure.Line();
}

TEST(StorageFailure, LockedByAnotherConnection) {
  testing::TempDbPath path;
  db::Database holder = OpenKioskDatabase(path.str(), true);
  holder.Exec("BEGIN IMMEDIATE; INSERT INTO meta(key, value) VALUES('held', '1');");
  db::Database other(path.str(), db::OpenMode::kReadWrite);
  other.Exec("PRAGMA busy_timeout = 0");
  const StorageFailure failure =
      FailureOf([&] { other.Exec("INSERT INTO meta(key, value) VALUES('second', '1')"); });
  EXPECT_EQ(failure.kind, StorageFailureKind::kLocked);
  ExpectSays(failure, "另一个程序正在使用数据库，请稍后再试", "another program is using the database");
  holder.Exec("ROLLBACK");
}

TEST(StorageFailure, DiskFull) {
  db::Database db = OpenKioskDatabase(":memory:", true);
  const int64_t pages = db::QueryInt(db, "PRAGMA page_count");
  db.Exec("PRAGMA max_page_count = " + std::to_string(pages + 2));
  const StorageFailure failure =
      FailureOf([&] { db.Exec("INSERT INTO meta(key, value) VALUES('big', hex(randomblob(200000)))"); });
  EXPECT_EQ(failure.kind, StorageFailureKind::kDiskFull);
  ExpectSays(failure, "磁盘已满", "the disk is full");
}

TEST(StorageFailure, ReadOnlyFile) {
  testing::TempDbPath path;
  OpenKioskDatabase(path.str(), true);
  db::Database read_only(path.str(), db::OpenMode::kReadOnly);
  const StorageFailure failure =
      FailureOf([&] { read_only.Exec("INSERT INTO meta(key, value) VALUES('x', '1')"); });
  EXPECT_EQ(failure.kind, StorageFailureKind::kReadOnly);
  ExpectSays(failure, "不可写", "cannot be written");
}

TEST(StorageFailure, FolderThatDoesNotExistCannotBeOpened) {
  const StorageFailure failure =
      FailureOf([] { OpenKioskDatabase("/nonexistent-kiosk-folder/master.db", /*create_if_missing=*/true); });
  EXPECT_EQ(failure.kind, StorageFailureKind::kReadOnly);
}

TEST(StorageFailure, ForeignFile) {
  testing::TempDbPath path;
  {
    db::Database other(path.str(), db::OpenMode::kReadWriteCreate);
    other.Exec("CREATE TABLE photos(x)");
  }
  const StorageFailure failure = FailureOf([&] { OpenKioskDatabase(path.str(), false); });
  EXPECT_EQ(failure.kind, StorageFailureKind::kNotKioskDatabase);
  ExpectSays(failure, "不是一体机数据库", "is not a kiosk database");
}

TEST(StorageFailure, NotADatabaseIsDamaged) {
  testing::TempDbPath path;
  {
    std::ofstream out(path.str(), std::ios::binary);
    out << std::string(4096, 'x');
  }
  const StorageFailure failure = FailureOf([&] { OpenKioskDatabase(path.str(), false); });
  EXPECT_EQ(failure.kind, StorageFailureKind::kDamaged);
  ExpectSays(failure, "数据库文件已损坏", "the database file is damaged");
}

TEST(StorageFailure, DamagedPagesAreDamaged) {
  testing::TempDbPath path;
  {
    db::Database db = OpenKioskDatabase(path.str(), true);
    db.Exec("PRAGMA journal_mode = DELETE");
  }
  {
    std::fstream file(path.str(), std::ios::in | std::ios::out | std::ios::binary);
    file.seekp(100);  // the schema's b-tree page header and cell pointers, right after the file header
    const std::string garbage(300, '\xff');
    file.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
  }
  const StorageFailure failure = FailureOf([&] {
    db::Database db = OpenKioskDatabase(path.str(), false);
    db.Exec("SELECT count(*) FROM occurrences; PRAGMA quick_check;");
    if (db::QueryInt(db, "SELECT count(*) FROM pragma_quick_check WHERE quick_check != 'ok'") > 0)
      throw db::SqliteError(11, "quick_check");  // SQLITE_CORRUPT, as the kiosk's sync treats it
  });
  EXPECT_EQ(failure.kind, StorageFailureKind::kDamaged) << failure.Line();
}

TEST(StorageFailure, SchemaTooNewAndMissingKeepTheirOwnSentences) {
  testing::TempDbPath path;
  {
    db::Database db = OpenKioskDatabase(path.str(), true);
    db.Exec("PRAGMA user_version = 999");
  }
  EXPECT_EQ(FailureOf([&] { OpenKioskDatabase(path.str(), false); }).kind, StorageFailureKind::kTooNew);
  testing::TempDbPath missing;
  const StorageFailure failure = FailureOf([&] { OpenKioskDatabase(missing.str(), false); });
  EXPECT_EQ(failure.kind, StorageFailureKind::kMissing);
  ExpectSays(failure, "数据库文件不存在", "database file not found");
}

TEST(StorageFailure, LinePrintsWholeWhateverTheBytes) {
  const db::SqliteError error(1, "bad \x01 name \xff\xfe\n end");
  const std::string line = DescribeStorageFailure(error).Line();
  EXPECT_EQ(line.find('\x01'), std::string::npos);
  EXPECT_EQ(line.find('\n'), std::string::npos);
  EXPECT_TRUE(IsValidUtf8(line)) << line;
  EXPECT_NE(line.find("\\x01"), std::string::npos) << line;
  EXPECT_NE(line.find("end"), std::string::npos) << line;
}

std::string logged;
TEST(StorageFailure, AFailedWriteIsLoggedWithItsCause) {
  SetStorageFailureSink([](std::string_view line) { logged = line; });
  LogStorageFailure("sign-up", db::SqliteError(13, "database or disk is full"));
  SetStorageFailureSink(nullptr);
  EXPECT_NE(logged.find("sign-up"), std::string::npos) << logged;
  EXPECT_NE(logged.find("磁盘已满"), std::string::npos) << logged;
  EXPECT_NE(logged.find("database or disk is full"), std::string::npos) << logged;
}

}  // namespace
}  // namespace kiosk
