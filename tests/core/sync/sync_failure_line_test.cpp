// tests/core/sync/sync_failure_line_test.cpp — every failure of a sync step reads as one bilingual
// line (SyncFailureLine, share_files.h): a locked master, a missing or unwritable share, an
// unreadable LATEST; never a bare SQLite or English-only message.
#include <fstream>

#include "kiosk/core/sync/share_files.h"
#include "tests/core/sync/sync_test_support.h"

namespace kiosk::testing {
namespace {

namespace fs = std::filesystem;

// One line, Chinese first, then " / " and the English.
void ExpectBilingualLine(const std::string& line) {
  EXPECT_EQ(line.find('\n'), std::string::npos) << line;
  const size_t slash = line.find(" / ");
  ASSERT_NE(slash, std::string::npos) << line;
  EXPECT_GE(static_cast<unsigned char>(line.front()), 0xE4) << "starts in Chinese: " << line;
}

class SyncFailureLineTest : public SyncTest {};

TEST_F(SyncFailureLineTest, ALockedMasterRefusesTheBatchWithTheLockedSentenceAndKeepsIt) {
  Publish();
  AddKiosk("A");
  ASSERT_TRUE(Holds<SignUpConfirmed>(SignUpAt("A", 1)));
  ASSERT_TRUE(SendBatch("A"));
  db::Database other = OpenKioskDatabase((root_ / "master.db").string(), false);
  other.Exec("BEGIN IMMEDIATE");  // another program holds the write lock
  master().Exec("PRAGMA busy_timeout = 0");
  const sync::MergeReport locked = Merge();
  ASSERT_EQ(locked.refused.size(), 1U);
  ExpectBilingualLine(locked.refused.front());
  EXPECT_NE(locked.refused.front().find("另一个程序正在使用数据库"), std::string::npos)
      << locked.refused.front();
  EXPECT_EQ(db::QueryInt(master(), "SELECT count(*) FROM merged_ops"), 0);
  other.Exec("ROLLBACK");
  const sync::MergeReport merged = Merge();
  EXPECT_TRUE(merged.refused.empty());
  EXPECT_EQ(merged.ops_applied, 1);
}

TEST_F(SyncFailureLineTest, ALockedMasterRefusesThePublishBeforeAnythingIsWritten) {
  db::Database other = OpenKioskDatabase((root_ / "master.db").string(), false);
  other.Exec("BEGIN IMMEDIATE");  // another program holds the write lock
  master().Exec("PRAGMA busy_timeout = 0");
  try {
    sync::PublishExport(master(), share(), root_ / "office-work", Now());
    FAIL() << "published from a locked master";
  } catch (const std::exception& error) {
    const std::string line = sync::SyncFailureLine(error);
    ExpectBilingualLine(line);
    EXPECT_EQ(line.rfind("另一个程序正在使用数据库", 0), 0U) << line;
  }
  EXPECT_FALSE(fs::exists(share() / "export" / "LATEST"));
  other.Exec("ROLLBACK");
  EXPECT_EQ(sync::PublishExport(master(), share(), root_ / "office-work", Now()).number, 1);
}

TEST_F(SyncFailureLineTest, AShareThatIsAFileRefusesThePublishPlainly) {
  const fs::path not_a_folder = root_ / "share-file";
  std::ofstream(not_a_folder) << "x";
  try {
    sync::PublishExport(master(), not_a_folder, root_ / "office-work", Now());
    FAIL() << "published into a file";
  } catch (const std::exception& error) {
    ExpectBilingualLine(sync::SyncFailureLine(error));
  }
}

TEST_F(SyncFailureLineTest, AMissingShareAndAnUnreadableLatestStopTheKioskSyncPlainly) {
  Publish();
  AddKiosk("A");
  for (const bool missing : {true, false}) {
    fs::path share = root_ / "gone";
    if (!missing) {
      share = this->share();
      fs::remove(share / "export" / "LATEST");
      fs::create_directories(share / "export" / "LATEST");  // a folder where the file should be
    }
    try {
      sync::RunKioskSync(kiosk("A"), share, work("A"), Now());
      FAIL() << "synced with " << (missing ? "no share" : "an unreadable LATEST");
    } catch (const std::exception& error) {
      const std::string line = sync::SyncFailureLine(error);
      ExpectBilingualLine(line);
      EXPECT_EQ(line.find("LATEST") != std::string::npos, !missing) << line;
    }
  }
  EXPECT_EQ(db::QueryInt(kiosk("A"), "SELECT count(*) FROM sync_log WHERE result = 'failed'"), 2);
}

TEST_F(SyncFailureLineTest, DatabaseAndFolderErrorsReadAsSentences) {
  const std::string locked = sync::SyncFailureLine(db::SqliteError(SQLITE_BUSY, "database is locked"));
  ExpectBilingualLine(locked);
  EXPECT_EQ(locked.rfind("另一个程序正在使用数据库", 0), 0U) << locked;
  const std::string folder = sync::SyncFailureLine(
      fs::filesystem_error("cannot open", "/mnt/share", std::make_error_code(std::errc::permission_denied)));
  ExpectBilingualLine(folder);
  EXPECT_EQ(folder.rfind("共享文件夹", 0), 0U) << folder;
}

}  // namespace
}  // namespace kiosk::testing
