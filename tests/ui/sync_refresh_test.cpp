// tests/ui/sync_refresh_test.cpp — a running kiosk notices a `kiosk --sync` finished by another
// process on the same database file: the next frames show the new title, in glyphs the atlas did
// not have before, and home's small print says when the data was updated.
#include <gtest/gtest.h>

#include <filesystem>

#include "headless_ui.h"
#include "kiosk/core/demo/demo_data.h"
#include "kiosk/core/storage/kiosk_database.h"
#include "kiosk/core/storage/record_ids.h"
#include "kiosk/core/sync/export_publish.h"
#include "kiosk/core/sync/kiosk_sync.h"
#include "kiosk/core/sync/share_files.h"

namespace kiosk::test {
namespace {

namespace fs = std::filesystem;

class SyncRefreshTest : public ::testing::Test {
 protected:
  SyncRefreshTest() {
    fs::remove_all(root_);
    fs::create_directories(root_);
    WriteDemoDatabase((root_ / "master.db").string(), KIOSK_DEMO_DIR, TestNow().date);
    Publish();
    db::Database installer = OpenKioskDatabase(kiosk_path_, true);
    SetKioskId(installer, "K01");
    sync::RunKioskSync(installer, root_ / "share", root_ / "work", TestNow());
  }
  ~SyncRefreshTest() override { fs::remove_all(root_); }

  void Publish() {
    db::Database master = OpenKioskDatabase((root_ / "master.db").string(), false);
    sync::PublishExport(master, root_ / "share", root_ / "office-work", TestNow());
  }

  // The office renames one of today's activities and publishes; the kiosk's sync (its own
  // process in real life, its own connection here) takes it.
  void RenameTodaysActivityAndSync(const std::string& title) {
    {
      db::Database master = OpenKioskDatabase((root_ / "master.db").string(), false);
      db::Statement(master,
                    "UPDATE events SET title = ?1 WHERE id = (SELECT o.event_id FROM occurrences o "
                    "JOIN events e ON e.id = o.event_id WHERE substr(o.start_at, 1, 10) = ?2 "
                    "AND o.status = 'scheduled' AND e.status = 'published' ORDER BY o.start_at LIMIT 1)")
          .BindAll(title, TestNow().date.Iso())
          .Run();
    }
    Publish();
    db::Database sync_process = OpenKioskDatabase(kiosk_path_, false);
    sync::RunKioskSync(sync_process, root_ / "share", root_ / "work", TestNow());
  }

  // One folder per test: ctest runs the tests of this suite side by side.
  const fs::path root_ = fs::temp_directory_path() /
                         ("kiosk_ui_sync_refresh_" +
                          std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
  const std::string kiosk_path_ = (root_ / "kiosk.db").string();
};

TEST_F(SyncRefreshTest, ASyncUnderARunningKioskShowsTheNewTitleOnTheNextFrames) {
  db::Database db = OpenKioskDatabase(kiosk_path_, false);
  HeadlessUi h(db, ui::UiOptions{});
  h.Settle();
  EXPECT_FALSE(h.ui().NoticeFinishedSync()) << "nothing new since the UI started";
  const std::string title = "龘龘舞狮迎新春";  // 龘 is in no demo text: the atlas lacks it
  const ImWchar dragon = 0x9F98;
  ASSERT_EQ(h.font()->FindGlyphNoFallback(dragon), nullptr);
  ASSERT_FALSE(h.FindPrefix(title + " "));

  RenameTodaysActivityAndSync(title);
  h.Settle();
  EXPECT_FALSE(h.FindPrefix(title + " ")) << "not before the kiosk looks";
  ASSERT_TRUE(h.ui().NoticeFinishedSync());
  EXPECT_FALSE(h.ui().NoticeFinishedSync()) << "once per finished sync";
  h.Settle();
  EXPECT_TRUE(h.FindPrefix(title + " ")) << "home lists the new title";
  EXPECT_NE(h.font()->FindGlyphNoFallback(dragon), nullptr) << "the atlas was rebuilt with 龘";
}

TEST_F(SyncRefreshTest, HomeSaysInSmallPrintWhenTheDataWasUpdated) {
  db::Database db = OpenKioskDatabase(kiosk_path_, false);
  db.Exec("UPDATE sync_log SET finished_at = '2026-12-01T23:05'");
  HeadlessUi h(db, ui::UiOptions{});
  h.Settle();
  EXPECT_NE(h.FrameText().find("数据更新于 12月1日 周二 23:05"), std::string::npos) << h.FrameText();
}

TEST(SyncRefreshNeverSyncedTest, ANeverSyncedKioskSaysNothingAboutUpdates) {
  db::Database db = DemoDatabase();
  HeadlessUi h(db, ui::UiOptions{});
  h.Settle();
  EXPECT_EQ(h.FrameText().find("数据更新于"), std::string::npos);
}

TEST_F(SyncRefreshTest, AFailedSyncBringsNothingNew) {
  db::Database db = OpenKioskDatabase(kiosk_path_, false);
  HeadlessUi h(db, ui::UiOptions{});
  {
    db::Database sync_process = OpenKioskDatabase(kiosk_path_, false);
    fs::remove_all(root_ / "share" / "export");
    EXPECT_THROW(sync::RunKioskSync(sync_process, root_ / "share", root_ / "work", TestNow()),
                 sync::SyncError);
  }
  EXPECT_FALSE(h.ui().NoticeFinishedSync());
}

}  // namespace
}  // namespace kiosk::test
