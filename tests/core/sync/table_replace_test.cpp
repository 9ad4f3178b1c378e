// tests/core/sync/table_replace_test.cpp — a kiosk table made equal to the attached export's:
// every night only the rows that differ are written, under the export's rowids; when most rows
// differ the table is copied whole and its indexes built again; either way the result is the
// export's rows exactly, and the kiosk's UNIQUE index refuses a duplicate the export hid.
#include "kiosk/core/sync/table_replace.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <optional>
#include <string>

namespace kiosk::testing {
namespace {

namespace fs = std::filesystem;

constexpr const char* kSchema =
    "CREATE TABLE signups(id TEXT PRIMARY KEY NOT NULL, occurrence_id INTEGER NOT NULL, phone TEXT NOT NULL, "
    "  status TEXT NOT NULL CHECK (status IN ('confirmed', 'cancelled', 'waitlisted', 'conflict')));"
    "CREATE UNIQUE INDEX signups_one_per_person ON signups(occurrence_id, phone) WHERE status = 'confirmed';"
    "CREATE INDEX signups_by_status ON signups(status);"
    "CREATE TABLE occurrences(id INTEGER PRIMARY KEY, title TEXT NOT NULL);"
    "CREATE TABLE acks(kiosk TEXT PRIMARY KEY, seq INTEGER NOT NULL) WITHOUT ROWID;";

class TableReplaceTest : public ::testing::Test {
 protected:
  TableReplaceTest()
      : folder_(fs::temp_directory_path() /
                (std::string("kiosk_table_replace_") +
                 ::testing::UnitTest::GetInstance()->current_test_info()->name())),
        kiosk_((fs::create_directories(folder_), (folder_ / "kiosk.db").string()),
               db::OpenMode::kReadWriteCreate) {
    kiosk_.Exec(kSchema);
  }
  ~TableReplaceTest() override { fs::remove_all(folder_); }

  std::string QueryText(const std::string& sql) {
    db::Statement query(kiosk_, sql);
    return query.Step() ? query.ColumnText(0) : "";
  }

  // A new export file made by `sql` on our schema, attached as "export" (the last one detached).
  void Export(const std::string& sql, const std::string& schema = kSchema) {
    sqlite3_exec(kiosk_.handle(), "DETACH DATABASE export", nullptr, nullptr, nullptr);
    const fs::path file = folder_ / ("export" + std::to_string(++exports_) + ".db");
    {
      db::Database exported(file.string(), db::OpenMode::kReadWriteCreate);
      exported.Exec(schema);
      exported.Exec(sql);
    }
    db::Statement(kiosk_, "ATTACH DATABASE ?1 AS export").Bind(1, file.string()).Run();
  }

  // With the export's rows counted on its table, as the import passes them from the validation;
  // `counted` false: without (the import's other tables).
  int64_t Replace(const std::string& table, bool counted = true) {
    const int64_t exported = db::QueryInt(kiosk_, "SELECT count(*) FROM export." + table + " NOT INDEXED");
    db::Transaction transaction(kiosk_);
    const int64_t rows =
        sync::ReplaceTable(kiosk_, table, counted ? std::optional<int64_t>(exported) : std::nullopt);
    transaction.Commit();
    return rows;
  }

  // Every row with its rowid, in rowid order, as one text.
  std::string Rows(const std::string& schema, const std::string& table, const std::string& columns) {
    return QueryText("SELECT coalesce(group_concat(r, ';'), '') FROM (SELECT rowid || ':' || " + columns +
                     " AS r FROM " + schema + "." + table + " ORDER BY rowid)");
  }

  std::string Signups(const std::string& schema) {
    return Rows(schema, "signups", "id || ',' || occurrence_id || ',' || phone || ',' || status");
  }

  fs::path folder_;
  db::Database kiosk_;
  int exports_ = 0;
};

constexpr const char* kYesterday =
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50) "
    "INSERT INTO signups(rowid, id, occurrence_id, phone, status) SELECT 100 + i, 'K9-' || i, i % 5, 'p' || "
    "i, "
    "'confirmed' FROM n;";

TEST_F(TableReplaceTest, ANightWritesOnlyTheRowsThatDifferAndKeepsTheExportsRowids) {
  Export(kYesterday);
  EXPECT_EQ(Replace("signups"), 50);
  EXPECT_EQ(Signups("main"), Signups("export"));
  // Tonight: one cancelled, one gone, one new.
  Export(std::string(kYesterday) +
         "UPDATE signups SET status = 'cancelled' WHERE id = 'K9-7';"
         "DELETE FROM signups WHERE id = 'K9-9';"
         "INSERT INTO signups(rowid, id, occurrence_id, phone, status) VALUES(151, 'K8-1', 2, 'p8', "
         "'confirmed');");
  const int64_t before = sqlite3_total_changes64(kiosk_.handle());
  EXPECT_EQ(Replace("signups"), 50);
  EXPECT_EQ(Signups("main"), Signups("export"));
  // The two differing rowids noted, the cancelled one deleted and inserted again, the gone one
  // deleted, the new one inserted: 6 row writes, not 50.
  EXPECT_EQ(sqlite3_total_changes64(kiosk_.handle()) - before, 6);
}

TEST_F(TableReplaceTest, WithoutTheExportsCountANightIsTheSame) {
  Export(kYesterday);
  Replace("signups", false);
  Export(std::string(kYesterday) +
         "UPDATE signups SET status = 'cancelled' WHERE id = 'K9-7';"
         "INSERT INTO signups(rowid, id, occurrence_id, phone, status) VALUES(151, 'K8-1', 2, 'p8', "
         "'confirmed');");
  EXPECT_EQ(Replace("signups", false), 51);
  EXPECT_EQ(Signups("main"), Signups("export"));
}

// Tonight's export has a row under a rowid between two the kiosk holds (one the office had taken
// out and put back): found by the pass over the export, since the counts do not add up without it.
TEST_F(TableReplaceTest, ARowUnderARowidBetweenTwoHeldOnesIsFoundToo) {
  Export(std::string(kYesterday) + "DELETE FROM signups WHERE rowid = 120;");
  Replace("signups");
  Export(kYesterday);
  EXPECT_EQ(Replace("signups"), 50);
  EXPECT_EQ(Signups("main"), Signups("export"));
}

TEST_F(TableReplaceTest, AKioskRowUnderARowidTheExportUsesGivesWayToTheExportsRow) {
  Export(kYesterday);
  Replace("signups");
  // The kiosk's own new sign-up took the next rowid; the office gave that rowid to another's.
  kiosk_.Exec("INSERT INTO signups(id, occurrence_id, phone, status) VALUES('K1-1', 1, 'p1', 'cancelled')");
  ASSERT_EQ(db::QueryInt(kiosk_, "SELECT rowid FROM signups WHERE id = 'K1-1'"), 151);
  Export(std::string(kYesterday) +
         "INSERT INTO signups(rowid, id, occurrence_id, phone, status) VALUES(151, 'K2-1', 1, 'p2', "
         "'cancelled');"
         "INSERT INTO signups(rowid, id, occurrence_id, phone, status) VALUES(152, 'K1-1', 1, 'p1', "
         "'cancelled');");
  Replace("signups");
  EXPECT_EQ(Signups("main"), Signups("export"));
}

TEST_F(TableReplaceTest, WhenMostRowsDifferTheTableIsCopiedWholeAndItsIndexesBuiltAgain) {
  const std::string many =
      "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 12000) "
      "INSERT INTO signups(id, occurrence_id, phone, status) SELECT 'K9-' || i, i % 50, 'p' || i, ";
  Export(many + "'confirmed' FROM n;");
  Replace("signups");
  const std::string indexes = QueryText(
      "SELECT group_concat(sql, ';') FROM (SELECT sql FROM main.sqlite_schema WHERE "
      "type = 'index' AND sql IS NOT NULL ORDER BY name)");
  Export(many + "'cancelled' FROM n;");
  EXPECT_EQ(Replace("signups"), 12000);
  EXPECT_EQ(Signups("main"), Signups("export"));
  EXPECT_EQ(QueryText("SELECT group_concat(sql, ';') FROM (SELECT sql FROM main.sqlite_schema WHERE "
                      "type = 'index' AND sql IS NOT NULL ORDER BY name)"),
            indexes);
  EXPECT_EQ(
      db::QueryInt(kiosk_,
                   "SELECT count(*) FROM signups INDEXED BY signups_by_status WHERE status = 'cancelled'"),
      12000);
}

// The export's UNIQUE index was declared plain, so it holds a second live sign-up of one person
// on one activity, which the kiosk's own index forbids: refused on a night's few rows and on a
// whole copy alike, and the kiosk's rows stay as they were.
TEST_F(TableReplaceTest, ADuplicateTheExportHidIsRefusedByTheKiosksUniqueIndex) {
  std::string plain = kSchema;
  plain.replace(plain.find("UNIQUE INDEX"), 6, "");
  Export(kYesterday);
  Replace("signups");
  for (const bool whole : {false, true}) {
    SCOPED_TRACE(whole ? "a whole copy" : "a night's rows");
    if (whole) kiosk_.Exec("DELETE FROM signups");
    Export(std::string(kYesterday) +
               "INSERT INTO signups(rowid, id, occurrence_id, phone, status) "
               "VALUES(300, 'K9-99', 3, 'p3', 'confirmed');",
           plain);
    const std::string held = Signups("main");
    EXPECT_THROW(Replace("signups"), db::SqliteError);
    EXPECT_EQ(Signups("main"), held);
  }
}

TEST_F(TableReplaceTest, IntegerKeyAndWithoutRowidTablesAreReplacedToo) {
  Export(
      "INSERT INTO occurrences VALUES(1, '太极拳'), (2, '书法'); INSERT INTO acks VALUES('K1', 4), ('K2', "
      "9);");
  Replace("occurrences");
  Replace("acks");
  Export("INSERT INTO occurrences VALUES(1, '太极拳'), (3, '合唱'); INSERT INTO acks VALUES('K1', 7);");
  EXPECT_EQ(Replace("occurrences"), 2);
  EXPECT_EQ(Replace("acks"), 1);
  EXPECT_EQ(Rows("main", "occurrences", "title"), "1:太极拳;3:合唱");
  EXPECT_EQ(QueryText("SELECT group_concat(kiosk || '=' || seq) FROM acks"), "K1=7");
}

}  // namespace
}  // namespace kiosk::testing
