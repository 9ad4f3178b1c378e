// tests/core/sync/inbox_pruning_test.cpp — a kiosk removes its own batches from the inbox once an
// export it imported acknowledges them, and never one the office has not merged (batch.h).
#include <fstream>

#include "tests/core/sync/sync_test_support.h"

namespace kiosk::testing {
namespace {

namespace fs = std::filesystem;

class InboxPruningTest : public SyncTest {
 protected:
  std::set<std::string> Inbox(const std::string& id) {
    std::set<std::string> names;
    for (const fs::directory_entry& file : fs::directory_iterator(share() / "inbox" / id))
      names.insert(file.path().filename().string());
    return names;
  }
};

TEST_F(InboxPruningTest, AcknowledgedBatchesLeaveTheInboxOnTheKiosksNextSyncAndNoOtherDoes) {
  Publish();
  AddKiosk("A");
  for (int n = 1; n <= 3; ++n) ASSERT_TRUE(Holds<SignUpConfirmed>(SignUpAt("A", n)));
  EXPECT_EQ(SyncKiosk("A").batches_pruned, 0);  // delivers the first batch; no export knows it yet
  ASSERT_EQ(Inbox("A").size(), 1U);
  const std::string first = *Inbox("A").begin();
  ASSERT_EQ(Merge().ops_applied, 3);
  Publish();  // acknowledges the first batch's operations
  ASSERT_TRUE(Holds<SignUpConfirmed>(SignUpAt("A", 4)));
  std::ofstream(share() / "inbox" / "A" / "notes.txt") << "not a batch";
  std::ofstream(share() / "inbox" / "A" / ".A-000000000002.sqlite.tmp") << "a temp name";
  // This sync delivers a second batch (not merged yet), imports the acknowledgement of the first
  // and removes the first only.
  EXPECT_EQ(SyncKiosk("A").batches_pruned, 1);
  std::set<std::string> left = Inbox("A");
  EXPECT_FALSE(left.contains(first));
  EXPECT_EQ(left.erase("notes.txt") + left.erase(".A-000000000002.sqlite.tmp"), 2U);
  ASSERT_EQ(left.size(), 1U);
  const std::string second = *left.begin();
  // The second delivered again (the same name), kept while the office has not merged it.
  ASSERT_EQ(SendBatch("A")->file.filename().string(), second);
  EXPECT_EQ(SyncKiosk("A").batches_pruned, 0);
  EXPECT_TRUE(Inbox("A").contains(second));
  const sync::MergeReport merged = Merge();
  EXPECT_EQ(merged.ops_applied, 1);
  EXPECT_TRUE(merged.refused.empty());
  Publish();
  EXPECT_EQ(SyncKiosk("A").batches_pruned, 1);
  EXPECT_EQ(Inbox("A"), (std::set<std::string>{"notes.txt", ".A-000000000002.sqlite.tmp"}));
  // Nothing was lost: every sign-up is in the master once, and the next merge finds nothing new.
  EXPECT_EQ(db::QueryInt(master(), "SELECT count(*) FROM merged_ops WHERE kiosk_id = 'A'"), 4);
  const sync::MergeReport again = Merge();
  EXPECT_EQ(again.batches_merged, 0);
  EXPECT_TRUE(again.refused.empty());
}

}  // namespace
}  // namespace kiosk::testing
