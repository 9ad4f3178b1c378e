// tests/core/core_test_support.h — shared fixtures for kiosk_core tests: a migrated in-memory
// database with one site/category/event, a temp file that removes itself, today's demo.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "kiosk/core/storage/kiosk_database.h"
#include "kiosk/core/storage/migrations.h"
#include "kiosk/core/storage/sqlite.h"

namespace kiosk::testing {

// A path in the temp directory, unique per test, removed (with -wal/-shm) before and after.
class TempDbPath {
 public:
  TempDbPath() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    path_ = (std::filesystem::temp_directory_path() /
             (std::string("kiosk_core_") + info->test_suite_name() + "_" + info->name() + ".db"))
                .string();
    Remove();
  }
  ~TempDbPath() { Remove(); }
  TempDbPath(const TempDbPath&) = delete;
  TempDbPath& operator=(const TempDbPath&) = delete;
  const std::string& str() const { return path_; }

 private:
  void Remove() const {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::filesystem::remove(path_ + suffix);
  }
  std::string path_;
};

// A database as the migrations before the one whose name holds `name_part` ("_ratings") left it,
// to test that migration on data. Fails the test when no such migration is embedded.
inline void MigrateUpTo(db::Database& db, const std::string& name_part) {
  for (const Migration& migration : EmbeddedMigrations()) {
    if (std::string(migration.name).find(name_part) != std::string::npos) return;
    db.Exec(migration.sql);
    db.Exec("PRAGMA user_version = " + std::to_string(migration.version));
  }
  FAIL() << "no *" << name_part << " migration is embedded";
}

// One site, room, category, organizer and event (id 1, capacity 20) to hang occurrences on.
inline void InsertMinimalCalendar(db::Database& db) {
  db.Exec(R"sql(
    INSERT INTO sites(id, code, name_zh, name_en, kind) VALUES(1, 'fusheng', '福圣社区', 'Fusheng', 'community');
    INSERT INTO rooms(id, site_id, code, name_zh, name_en, kind, open_time, close_time, slot_minutes, bookable)
      VALUES(1, 1, 'fusheng-mediation', '调解室', 'Mediation room', 'mediation', '09:00', '17:30', 30, 1);
    INSERT INTO categories(id, code, name_zh, name_en, color) VALUES(1, 'education', '教育', 'Education', '#6D4C41');
    INSERT INTO organizers(id, code, name_zh, name_en, kind, site_id)
      VALUES(1, 'ganen', '北京感恩基金', 'Beijing Gan''en Foundation', 'social_org', 1);
    INSERT INTO events(id, uid, title, category_id, site_id, organizer_id, venue, capacity)
      VALUES(1, 'happy-430', '快乐4点半', 1, 1, 1, '福圣社区 活动室', 20);
  )sql");
}

inline void InsertOccurrence(db::Database& db, int64_t id, int64_t event_id, const std::string& start,
                             const std::string& end, const std::string& status = "scheduled") {
  db::Statement(db,
                "INSERT INTO occurrences(id, event_id, recurrence_id, start_at, end_at, status) "
                "VALUES(?1, ?2, ?3, ?3, ?4, ?5)")
      .BindAll(id, event_id, start, end, status)
      .Run();
}

}  // namespace kiosk::testing
