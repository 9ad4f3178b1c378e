// tests/core/sync/nightly_sync_test.cpp — the whole night: kiosk batch, office merge and publish,
// kiosk import; nothing recorded is lost, and every operation reaches the master exactly once.
#include <gtest/gtest.h>

#include "tests/core/sync/sync_test_support.h"

namespace kiosk::testing {
namespace {

int64_t Signups(db::Database& db, const std::string& where = "1") {
  return db::QueryInt(db, "SELECT count(*) FROM signups WHERE " + where);
}

TEST_F(SyncTest, ASignUpAtOneKioskReachesAnotherAfterTheNight) {
  Publish();
  AddKiosk("A");
  AddKiosk("B");
  ASSERT_TRUE(Holds<SignUpConfirmed>(SignUpAt("A", 1)));
  EXPECT_EQ(SyncKiosk("A").ops_sent, 1);
  const sync::MergeReport merged = Merge();
  EXPECT_EQ(merged.batches_merged, 1);
  EXPECT_EQ(merged.ops_applied, 1);
  EXPECT_EQ(Signups(master()), 1);
  Publish();
  const sync::KioskSyncReport at_b = SyncKiosk("B");
  EXPECT_TRUE(at_b.import.imported);
  EXPECT_EQ(Signups(kiosk("B"), "status = 'confirmed'"), 1);
  EXPECT_EQ(db::QueryInt(kiosk("B"), "SELECT count(*) FROM sync_log WHERE result = 'ok'"), 1);
}

TEST_F(SyncTest, AnOperationStaysVisibleUntilAcknowledgedThenLeavesTheJournal) {
  Publish();
  AddKiosk("A");
  ASSERT_TRUE(Holds<SignUpConfirmed>(SignUpAt("A", 1)));
  // The office publishes without merging: the kiosk's own sign-up must survive the import.
  SendBatch("A");
  Publish();
  sync::KioskSyncReport report = SyncKiosk("A");
  EXPECT_TRUE(report.import.imported);
  EXPECT_EQ(report.import.reapplied, 1);
  EXPECT_EQ(Signups(kiosk("A"), "status = 'confirmed'"), 1);
  EXPECT_EQ(UnacknowledgedOperations(kiosk("A")).size(), 1u);
  // Merged and published: acknowledged, still visible (now as the office's row), journal empty.
  Merge();
  Publish();
  report = SyncKiosk("A");
  EXPECT_EQ(report.import.acknowledged, 1);
  EXPECT_EQ(report.import.reapplied, 0);
  EXPECT_EQ(Signups(kiosk("A"), "status = 'confirmed'"), 1);
  EXPECT_TRUE(UnacknowledgedOperations(kiosk("A")).empty());
  EXPECT_EQ(db::QueryInt(kiosk("A"), "SELECT count(*) FROM outbox"), 0);
  // The next sign-up gets a number the office has never seen.
  ASSERT_TRUE(Holds<SignUpConfirmed>(SignUpAt("A", 2)));
  EXPECT_EQ(db::QueryInt(kiosk("A"), "SELECT count(DISTINCT id) FROM signups"), 2);
}

TEST_F(SyncTest, ABatchDeliveredTwiceLateOrOutOfOrderReachesTheMasterOnce) {
  Publish();
  AddKiosk("A");
  ASSERT_TRUE(Holds<SignUpConfirmed>(SignUpAt("A", 1)));
  const auto first = SendBatch("A");
  ASSERT_TRUE(first);
  const std::filesystem::path first_copy = root_ / "first-batch.sqlite";
  std::filesystem::copy_file(share() / "inbox" / "A" / first->file.filename(), first_copy);
  std::filesystem::remove(share() / "inbox" / "A" / first->file.filename());  // delivered late
  ASSERT_TRUE(Holds<SignUpConfirmed>(SignUpAt("A", 2)));
  SendBatch("A");  // cumulative: holds both sign-ups
  sync::MergeReport merged = Merge();
  EXPECT_EQ(merged.ops_applied, 2);
  // The first batch arrives late, twice, under another name too.
  std::filesystem::copy_file(first_copy, share() / "inbox" / "A" / first->file.filename());
  std::filesystem::copy_file(first_copy, share() / "inbox" / "A" / "A-000000000000.sqlite");
  merged = Merge();
  EXPECT_EQ(merged.ops_applied, 0);
  EXPECT_EQ(merged.ops_already_merged, 1);
  EXPECT_EQ(merged.batches_already_merged, 2);  // the cumulative one again, and one name of the late one
  EXPECT_TRUE(merged.refused.empty());
  EXPECT_EQ(Signups(master()), 2);
  EXPECT_EQ(db::QueryInt(master(), "SELECT count(*) FROM merged_ops"), 2);
}

TEST_F(SyncTest, TheLastSeatTakenAtTwoKiosksKeepsTheLoserAsAConflict) {
  master().Exec("UPDATE events SET capacity = 1");
  Publish();
  AddKiosk("A");
  AddKiosk("B");
  ASSERT_TRUE(Holds<SignUpConfirmed>(SignUpAt("A", 1)));
  ASSERT_TRUE(Holds<SignUpConfirmed>(SignUpAt("B", 2)));
  SendBatch("A");
  SendBatch("B");
  const sync::MergeReport merged = Merge();
  EXPECT_EQ(merged.ops_applied, 1);
  EXPECT_EQ(merged.ops_conflict, 1);
  const auto conflicts = sync::MergedConflicts(master());
  ASSERT_EQ(conflicts.size(), 1u);
  EXPECT_EQ(OriginKioskOf(conflicts[0].op_id), "B");  // kiosks merge in id order: A's came first
  EXPECT_EQ(Signups(master(), "status = 'confirmed' AND origin_kiosk = 'A'"), 1);
  EXPECT_EQ(Signups(master(), "status = 'conflict' AND origin_kiosk = 'B'"), 1);
  Publish();
  SyncKiosk("B");
  EXPECT_EQ(Signups(kiosk("B"), "status = 'conflict' AND origin_kiosk = 'B'"), 1);
  EXPECT_EQ(Signups(kiosk("B"), "status = 'confirmed'"), 1);
}

TEST_F(SyncTest, ABatchThatFollowsOperationsNeverReceivedIsRefusedAndKept) {
  Publish();
  AddKiosk("A");
  ASSERT_TRUE(Holds<SignUpConfirmed>(SignUpAt("A", 1)));
  AcknowledgeOperations(kiosk("A"), 1);  // the kiosk believes more was acknowledged than was
  ASSERT_TRUE(Holds<SignUpConfirmed>(SignUpAt("A", 2)));
  SendBatch("A");
  const sync::MergeReport merged = Merge();
  ASSERT_EQ(merged.refused.size(), 1u);
  EXPECT_NE(merged.refused[0].find("never received"), std::string::npos) << merged.refused[0];
  EXPECT_EQ(Signups(master()), 0);
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(share() / "inbox" / "A"),
                          std::filesystem::directory_iterator()),
            1);
}

}  // namespace
}  // namespace kiosk::testing
