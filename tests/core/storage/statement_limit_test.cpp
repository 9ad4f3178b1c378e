// tests/core/storage/statement_limit_test.cpp — a loop planted in a database (a view over an endless
// recursive query) cannot freeze the caller: the statement stops within its time limit with
// SQLITE_INTERRUPT, and the connection stays usable.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <chrono>

#include "kiosk/core/storage/kiosk_database.h"
#include "kiosk/core/storage/sqlite.h"

namespace kiosk::db {
namespace {

constexpr const char* kLoopView =
    "CREATE VIEW endless AS WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
    "SELECT count(*) FROM n";

TEST(StatementLimit, APlantedLoopingViewStopsWithinTheLimit) {
  Database db(":memory:", OpenMode::kReadWriteCreate);
  db.Exec(kLoopView);
  db.LimitStatementTime(std::chrono::milliseconds(200));
  const auto started = std::chrono::steady_clock::now();
  try {
    Statement query(db, "SELECT * FROM endless");
    query.Step();
    FAIL() << "the endless view returned";
  } catch (const SqliteError& error) {
    EXPECT_EQ(error.primary_code(), SQLITE_INTERRUPT) << error.what();
  }
  // Generous against a loaded machine under ASan; without the bound this never ends.
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(5));
  EXPECT_THROW(db.Exec("SELECT * FROM endless"), SqliteError);
  EXPECT_EQ(QueryInt(db, "SELECT 41 + 1"), 42);  // a later statement gets its own time
}

TEST(StatementLimit, ManyQuickStatementsAreNeverInterrupted) {
  Database db(":memory:", OpenMode::kReadWriteCreate);
  db.LimitStatementTime(std::chrono::milliseconds(300));
  db.Exec("CREATE TABLE t(x INTEGER)");
  Statement insert(db, "INSERT INTO t VALUES (?1)");
  const auto started = std::chrono::steady_clock::now();
  int i = 0;
  while (std::chrono::steady_clock::now() - started < std::chrono::milliseconds(600)) {
    insert.Bind(1, ++i).Run();
    insert.Reset();
  }
  EXPECT_EQ(QueryInt(db, "SELECT count(*) FROM t"), i);
}

TEST(StatementLimit, TheKioskDatabaseHasABoundAndMoveKeepsIt) {
  Database db = OpenKioskDatabase(":memory:", true);
  Database moved = std::move(db);  // the handler's state must follow the connection
  moved.Exec(kLoopView);
  moved.LimitStatementTime(std::chrono::milliseconds(100));
  EXPECT_THROW(QueryInt(moved, "SELECT * FROM endless"), SqliteError);
}

}  // namespace
}  // namespace kiosk::db
