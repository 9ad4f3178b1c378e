// tests/core/sync/office_merge_grouping_test.cpp — the merge applies many batches in one
// transaction: a batch the database refuses halfway is undone alone (the batches before it in the
// same transaction are kept exactly once, those after it still merge); and the ledger migration
// (*_merge_ledger.sql) keeps every operation an older master had merged.
#include <gtest/gtest.h>

#include "kiosk/core/storage/migrations.h"
#include "tests/core/sync/sync_test_support.h"

namespace kiosk::testing {
namespace {

namespace fs = std::filesystem;

// Kiosks A, B and C each send two sign-ups; B's second carries a phone tail the signups table's
// CHECK refuses (its JSON reads fine), so B's first sign-up is written before SQLite refuses the
// second. All three batches are well under one transaction's worth of operations.
TEST_F(SyncTest, ABatchTheDatabaseRefusesHalfwayIsUndoneAloneAndItsNeighboursMergeOnce) {
  Publish();
  int phone = 0;
  for (const char* id : {"A", "B", "C"}) {
    AddKiosk(id);
    ASSERT_TRUE(Holds<SignUpConfirmed>(SignUpAt(id, ++phone)));
    ASSERT_TRUE(Holds<SignUpConfirmed>(SignUpAt(id, ++phone)));
    ASSERT_TRUE(SendBatch(id));
  }
  std::vector<fs::path> b_batches;
  for (const fs::directory_entry& file : fs::directory_iterator(share() / "inbox" / "B"))
    b_batches.push_back(file.path());
  ASSERT_EQ(b_batches.size(), 1U);
  {
    db::Database batch(b_batches.front().string(), db::OpenMode::kReadWrite);
    batch.Exec(
        "UPDATE ops SET payload = json_set(payload, '$.phone_last4', '12x4') "
        "WHERE seq = (SELECT max(seq) FROM ops)");
  }

  const sync::MergeReport merged = Merge();
  ASSERT_EQ(merged.refused.size(), 1U);
  EXPECT_NE(merged.refused.front().find("批次文件 " + b_batches.front().filename().string() + " 无法合并"),
            std::string::npos)
      << merged.refused.front();
  EXPECT_NE(merged.refused.front().find(" / batch "), std::string::npos) << merged.refused.front();
  EXPECT_EQ(merged.batches_merged, 2);
  EXPECT_EQ(merged.ops_applied, 4);
  EXPECT_EQ(merged.ops_conflict, 0);
  EXPECT_EQ(Count(master(), "SELECT count(*) FROM signups WHERE origin_kiosk = 'A'"), 2);
  EXPECT_EQ(Count(master(), "SELECT count(*) FROM signups WHERE origin_kiosk = 'B'"), 0);
  EXPECT_EQ(Count(master(), "SELECT count(*) FROM signups WHERE origin_kiosk = 'C'"), 2);
  EXPECT_EQ(Count(master(), "SELECT count(*) FROM merged_ops"), 4);
  EXPECT_EQ(Count(master(), "SELECT count(DISTINCT op_id) FROM merged_ops"), 4);
  EXPECT_EQ(Count(master(), "SELECT count(*) FROM merged_ops WHERE kiosk_id = 'B'"), 0);
  EXPECT_EQ(Count(master(), "SELECT count(*) FROM kiosk_acks WHERE kiosk_id = 'B'"), 0);
  EXPECT_EQ(Count(master(), "SELECT count(*) FROM merged_batches"), 2);
  EXPECT_TRUE(fs::exists(b_batches.front())) << "the refused batch stays in the inbox";

  // The next night the same inbox changes nothing: A and C are skipped as merged, B refused again.
  const std::string master_after = DatabaseDump(root_ / "master.db");
  const sync::MergeReport again = Merge();
  EXPECT_EQ(again.batches_already_merged, 2);
  EXPECT_EQ(again.refused.size(), 1U);
  EXPECT_EQ(DatabaseDump(root_ / "master.db"), master_after);
}

// Applied ops keep no payload (their effect is in the records); conflicts keep theirs for
// `kiosk-office conflicts`.
TEST_F(SyncTest, TheLedgerKeepsThePayloadOfAConflictOnly) {
  master().Exec("UPDATE events SET capacity = 1");
  Publish();
  for (const char* id : {"A", "B"}) {
    AddKiosk(id);
    ASSERT_TRUE(Holds<SignUpConfirmed>(SignUpAt(id, id[0] == 'A' ? 1 : 2)));
    ASSERT_TRUE(SendBatch(id));
  }
  const sync::MergeReport merged = Merge();
  ASSERT_TRUE(merged.refused.empty()) << merged.refused.front();
  EXPECT_EQ(merged.ops_applied, 1);
  EXPECT_EQ(merged.ops_conflict, 1);
  EXPECT_EQ(Count(master(), "SELECT count(*) FROM merged_ops WHERE kiosk_id = 'A' AND payload IS NULL"), 1);
  const std::vector<sync::MergedConflict> conflicts = sync::MergedConflicts(master());
  ASSERT_EQ(conflicts.size(), 1U);
  EXPECT_EQ(conflicts.front().kind, "signup");
  EXPECT_NE(conflicts.front().payload.find("\"signup_id\":\"B-"), std::string::npos)
      << conflicts.front().payload;
}

TEST(MergeLedgerMigration, EveryMergedOpOfAnOlderMasterSurvivesAndOpIdsStayUnique) {
  db::Database db(":memory:", db::OpenMode::kReadWriteCreate);
  MigrateUpTo(db, "_merge_ledger");
  ASSERT_LT(SchemaVersion(db), LatestSchemaVersion());
  db.Exec(R"sql(
    INSERT INTO merged_ops(op_id, kiosk_id, op_number, kind, payload, result, merged_at) VALUES
      ('K02-7', 'K02', 7, 'signup', '{"signup_id":"K02-7"}', 'kConflict', '2026-11-30T23:00'),
      ('K01-3', 'K01', 3, 'signup', '{"signup_id":"K01-3"}', 'kApplied', '2026-11-30T23:00'),
      ('K01-12', 'K01', 12, 'book', '{"booking_id":"K01-12"}', 'kRejected', '2026-12-01T23:00');
  )sql");
  const auto rows = [&db] {
    db::Statement query(
        db,
        "SELECT group_concat(op_id || ' ' || kiosk_id || ' ' || op_number || ' ' || kind || ' ' || "
        "payload || ' ' || result || ' ' || merged_at, '\n') FROM "
        "(SELECT * FROM merged_ops ORDER BY op_id)");
    query.Step();
    return query.ColumnText(0);
  };
  const std::string before = rows();
  MigrateToLatest(db);
  EXPECT_EQ(rows(), before);
  EXPECT_EQ(Count(db, "SELECT count(*) FROM merged_ops WHERE result IN ('kConflict', 'kRejected')"), 2);
  EXPECT_THROW(db.Exec("INSERT INTO merged_ops(op_id, kiosk_id, op_number, kind, payload, result, merged_at) "
                       "VALUES('K01-3', 'K01', 3, 'signup', NULL, 'kApplied', '2026-12-02T23:00')"),
               db::SqliteError);
  db.Exec(
      "INSERT INTO merged_ops(op_id, kiosk_id, op_number, kind, payload, result, merged_at) "
      "VALUES('K01-13', 'K01', 13, 'signup', NULL, 'kApplied', '2026-12-02T23:00')");
  EXPECT_THROW(db.Exec("INSERT INTO merged_ops(op_id, kiosk_id, op_number, kind, payload, result, merged_at) "
                       "VALUES('K01-14', 'K01', 14, 'signup', NULL, 'kConflict', '2026-12-02T23:00')"),
               db::SqliteError);
  EXPECT_THROW(db.Exec("INSERT INTO merged_ops(op_id, kiosk_id, op_number, kind, payload, result, merged_at) "
                       "VALUES('K01-15', 'K01', 15, 'signup', '{}', 'kWhatever', '2026-12-02T23:00')"),
               db::SqliteError);
}

}  // namespace
}  // namespace kiosk::testing
