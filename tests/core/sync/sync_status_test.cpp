// tests/core/sync/sync_status_test.cpp — how fresh a kiosk's data is (the last good sync, the
// two-day line) and the watcher a running kiosk uses to notice a sync finished by another process.
#include "kiosk/core/sync/sync_status.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "kiosk/core/storage/kiosk_database.h"

namespace kiosk::sync {
namespace {

LocalDateTime At(const char* iso) { return *LocalDateTime::ParseIso(iso); }

void Log(db::Database& db, const char* finished, const char* result) {
  db::Statement(db, "INSERT INTO sync_log(started_at, finished_at, result) VALUES(?1, ?1, ?2)")
      .BindAll(std::string(finished), std::string(result))
      .Run();
}

TEST(SyncStatusTest, TheLastGoodSyncIgnoresFailedRuns) {
  db::Database db = OpenKioskDatabase(":memory:", true);
  EXPECT_EQ(LastGoodSync(db), std::nullopt);
  Log(db, "2026-11-30T23:05", "ok");
  Log(db, "2026-12-01T23:05", "failed");
  EXPECT_EQ(LastGoodSync(db), At("2026-11-30T23:05"));
}

TEST(SyncStatusTest, OlderThanTwoDaysIsStale) {
  const LocalDateTime now = At("2026-12-03T09:00");
  EXPECT_TRUE(SyncIsStale(std::nullopt, now)) << "never synced";
  EXPECT_FALSE(SyncIsStale(At("2026-12-01T09:00"), now)) << "exactly two days";
  EXPECT_TRUE(SyncIsStale(At("2026-12-01T08:59"), now));
  EXPECT_FALSE(SyncIsStale(At("2026-12-02T23:05"), now));
}

TEST(SyncStatusTest, TheWatcherSeesAGoodSyncOfAnotherConnectionOnce) {
  const std::filesystem::path file = std::filesystem::temp_directory_path() / "kiosk_sync_status_watch.db";
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(file.string() + suffix);
  db::Database ui = OpenKioskDatabase(file.string(), true);
  db::Database sync_process = OpenKioskDatabase(file.string(), false);
  SyncWatcher watcher(ui);
  EXPECT_FALSE(watcher.Changed());
  sync_process.Exec("INSERT INTO meta(key, value) VALUES('note', 'x')");
  EXPECT_FALSE(watcher.Changed()) << "another write, but no sync";
  Log(sync_process, "2026-12-01T23:10", "failed");
  EXPECT_FALSE(watcher.Changed()) << "a failed sync changed nothing";
  Log(sync_process, "2026-12-02T23:05", "ok");
  EXPECT_TRUE(watcher.Changed());
  EXPECT_FALSE(watcher.Changed()) << "once";
}

}  // namespace
}  // namespace kiosk::sync
