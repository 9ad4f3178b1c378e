// tests/core/storage/sqlite_test.cpp — the RAII SQLite layer: typed binds and reads, errors that carry
// the extended code, transactions that roll back on exceptions and on destruction, pragmas set for
// a scope.
#include "kiosk/core/storage/sqlite.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <stdexcept>

namespace kiosk::db {
namespace {

class SqliteTest : public ::testing::Test {
 protected:
  void SetUp() override { db.Exec("CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT, score REAL)"); }
  int64_t Count() { return QueryInt(db, "SELECT count(*) FROM t"); }
  Database db{":memory:", OpenMode::kReadWriteCreate};
};

TEST_F(SqliteTest, BindsAndReadsEveryType) {
  Statement insert(db, "INSERT INTO t(id, name, score) VALUES(?1, ?2, ?3)");
  insert.BindAll(int64_t{7}, std::string("福圣社区"), 2.5).Run();
  insert.Reset();
  insert.Bind(1, 8).BindNull(2).Bind(3, std::optional<double>()).Run();
  EXPECT_EQ(db.LastInsertRowId(), 8);
  EXPECT_EQ(db.Changes(), 1);

  Statement select(db, "SELECT id, name, score FROM t ORDER BY id");
  ASSERT_TRUE(select.Step());
  EXPECT_EQ(select.ColumnInt(0), 7);
  EXPECT_EQ(select.ColumnText(1), "福圣社区");
  EXPECT_DOUBLE_EQ(select.ColumnDouble(2), 2.5);
  ASSERT_TRUE(select.Step());
  EXPECT_TRUE(select.ColumnIsNull(1));
  EXPECT_EQ(select.ColumnText(1), "");
  EXPECT_FALSE(select.ColumnOptionalText(1));
  EXPECT_FALSE(select.ColumnOptionalInt(2));
  EXPECT_FALSE(select.Step());
}

TEST_F(SqliteTest, TextWithEmbeddedNulIsKeptWhole) {
  const std::string text("a\0b", 3);
  Statement(db, "INSERT INTO t(name) VALUES(?1)").Bind(1, text).Run();
  Statement select(db, "SELECT name FROM t");
  ASSERT_TRUE(select.Step());
  EXPECT_EQ(select.ColumnText(0), text);
}

TEST_F(SqliteTest, ErrorsCarryCodeAndReadableMessage) {
  try {
    Statement(db, "SELEC nonsense");
    FAIL() << "expected SqliteError";
  } catch (const SqliteError& error) {
    EXPECT_EQ(error.primary_code(), SQLITE_ERROR);
    EXPECT_NE(std::string(error.what()).find("syntax error"), std::string::npos) << error.what();
    EXPECT_FALSE(error.IsConstraint());
  }
  try {
    db.Exec("INSERT INTO t(id) VALUES(1); INSERT INTO t(id) VALUES(1);");
    FAIL() << "expected SqliteError";
  } catch (const SqliteError& error) {
    EXPECT_EQ(error.code(), SQLITE_CONSTRAINT_PRIMARYKEY);
    EXPECT_TRUE(error.IsConstraint());
    EXPECT_NE(std::string(error.what()).find("UNIQUE constraint failed"), std::string::npos) << error.what();
  }
}

TEST_F(SqliteTest, QueryIntThrowsWhenThereIsNoRow) {
  EXPECT_THROW(QueryInt(db, "SELECT id FROM t"), SqliteError);
}

TEST_F(SqliteTest, TransactionCommits) {
  {
    Transaction transaction(db);
    db.Exec("INSERT INTO t(name) VALUES('x')");
    transaction.Commit();
  }
  EXPECT_EQ(Count(), 1);
}

TEST_F(SqliteTest, TransactionRollsBackWhenDestroyedUncommitted) {
  {
    Transaction transaction(db);
    db.Exec("INSERT INTO t(name) VALUES('x')");
  }
  EXPECT_EQ(Count(), 0);
  EXPECT_TRUE(sqlite3_get_autocommit(db.handle()));  // no transaction left open
}

TEST_F(SqliteTest, TransactionRollsBackWhenAnExceptionLeavesTheScope) {
  EXPECT_THROW(
      {
        Transaction transaction(db);
        db.Exec("INSERT INTO t(name) VALUES('x')");
        throw std::runtime_error("power cut halfway through a sign-up");
      },
      std::runtime_error);
  EXPECT_EQ(Count(), 0);
}

TEST_F(SqliteTest, TransactionDestructorSurvivesAnAlreadyEndedTransaction) {
  {
    Transaction transaction(db);
    db.Exec("INSERT INTO t(name) VALUES('x'); ROLLBACK;");  // ended behind the guard's back
  }  // the destructor's ROLLBACK fails quietly instead of throwing
  EXPECT_EQ(Count(), 0);
  Transaction again(db);  // and the connection is usable
  again.Commit();
}

TEST_F(SqliteTest, DatabaseMovesOwnership) {
  Database moved = std::move(db);
  EXPECT_EQ(QueryInt(moved, "SELECT count(*) FROM t"), 0);
  Database other(":memory:", OpenMode::kReadWriteCreate);
  other = std::move(moved);
  EXPECT_EQ(QueryInt(other, "SELECT count(*) FROM t"), 0);
}

TEST(SqliteOpen, MissingFileReadOnlyFailsWithCantOpen) {
  try {
    Database db("/nonexistent-dir/kiosk.db", OpenMode::kReadOnly);
    FAIL() << "expected SqliteError";
  } catch (const SqliteError& error) {
    EXPECT_EQ(error.primary_code(), SQLITE_CANTOPEN);
    EXPECT_NE(std::string(error.what()).find("/nonexistent-dir/kiosk.db"), std::string::npos);
  }
}

// A pragma set for a scope is put back as it was, also when the scope ends in an exception.
TEST_F(SqliteTest, AScopedPragmaIsPutBackAsItWas) {
  db.Exec("PRAGMA cache_size = -4000");
  {
    const ScopedPragma larger(db, "cache_size", -131072);
    EXPECT_EQ(QueryInt(db, "PRAGMA cache_size"), -131072);
  }
  EXPECT_EQ(QueryInt(db, "PRAGMA cache_size"), -4000);
  db.Exec("PRAGMA foreign_keys = ON");
  try {
    const ScopedPragma off(db, "foreign_keys", 0);
    EXPECT_EQ(QueryInt(db, "PRAGMA foreign_keys"), 0);
    throw std::runtime_error("the import failed");
  } catch (const std::runtime_error&) {
  }
  EXPECT_EQ(QueryInt(db, "PRAGMA foreign_keys"), 1);
}

// A value read as a view and its storage class, as the export's field checks read them.
TEST_F(SqliteTest, ViewsAndStorageClassesReadWithoutConverting) {
  db.Exec("INSERT INTO t(id, name, score) VALUES(1, '福圣', 2.5), (2, NULL, NULL)");
  Statement select(db, "SELECT id, name, score, x'00ff' FROM t ORDER BY id");
  ASSERT_TRUE(select.Step());
  EXPECT_EQ(select.ColumnTypeName(0), "integer");
  EXPECT_EQ(select.ColumnTypeName(1), "text");
  EXPECT_EQ(select.ColumnView(1), "福圣");
  EXPECT_EQ(select.ColumnTypeName(2), "real");
  EXPECT_EQ(select.ColumnTypeName(3), "blob");
  EXPECT_EQ(select.ColumnView(3), std::string_view("\0\xff", 2));
  ASSERT_TRUE(select.Step());
  EXPECT_EQ(select.ColumnTypeName(1), "null");
  EXPECT_EQ(select.ColumnView(1), "");
}

}  // namespace
}  // namespace kiosk::db
