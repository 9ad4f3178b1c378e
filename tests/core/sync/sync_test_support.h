// tests/core/sync/sync_test_support.h — one office master and any number of kiosks on one share
// folder in a temp directory, with the nightly steps as one-line calls.
#pragma once

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <variant>

#include "kiosk/core/people/phone_hash.h"
#include "kiosk/core/signup/signups.h"
#include "kiosk/core/storage/kiosk_database.h"
#include "kiosk/core/storage/record_ids.h"
#include "kiosk/core/sync/batch.h"
#include "kiosk/core/sync/export_import.h"
#include "kiosk/core/sync/export_publish.h"
#include "kiosk/core/sync/kiosk_sync.h"
#include "kiosk/core/sync/office_merge.h"
#include "tests/core/core_test_support.h"
#include "tests/core/rules_test_support.h"

namespace kiosk::testing {

// Every table's schema and rows (sorted), and user_version, as one text; `skip` tables only by
// name (sync_log rows carry the wall clock).
inline std::string DatabaseDump(const std::filesystem::path& file, const std::set<std::string>& skip = {}) {
  db::Database db(file.string(), db::OpenMode::kReadOnly);
  std::string out = "user_version " + std::to_string(db::QueryInt(db, "PRAGMA user_version")) + "\n";
  std::vector<std::pair<std::string, std::string>> tables;
  {
    db::Statement list(db, "SELECT name, sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY type, name");
    while (list.Step()) tables.emplace_back(list.ColumnText(0), list.ColumnText(1));
  }
  for (const auto& [name, sql] : tables) {
    out += sql + "\n";
    if (skip.contains(name) || sql.rfind("CREATE TABLE", 0) != 0) continue;
    sqlite3_stmt* rows = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db.handle(), ("SELECT * FROM \"" + name + "\"").c_str(), -1, &rows, nullptr),
              SQLITE_OK);
    std::vector<std::string> lines;
    while (sqlite3_step(rows) == SQLITE_ROW) {
      std::string line;
      for (int c = 0; c < sqlite3_column_count(rows); ++c) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(rows, c));
        line += (text ? std::string(text, static_cast<size_t>(sqlite3_column_bytes(rows, c))) : "NULL") + "|";
      }
      lines.push_back(std::move(line));
    }
    sqlite3_finalize(rows);
    std::sort(lines.begin(), lines.end());
    for (const std::string& line : lines) out += "  " + line + "\n";
  }
  return out;
}

class SyncTest : public ::testing::Test {
 protected:
  SyncTest() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    std::string name = std::string("kiosk_sync_") + info->test_suite_name() + "_" + info->name();
    std::replace(name.begin(), name.end(), '/', '_');  // parameterized suites: "Districts/..."
    root_ = TempRoot() / name;
    std::filesystem::remove_all(root_);
    std::filesystem::create_directories(share());
    master_ = std::make_unique<db::Database>(OpenKioskDatabase((root_ / "master.db").string(), true));
    InsertMinimalCalendar(*master_);
    InsertOccurrence(*master_, 1, 1, "2026-12-10T16:30", "2026-12-10T18:00");
    master_->Exec("INSERT INTO meta(key, value) VALUES('kiosk_id', 'office')");
    StorePhoneKeyFingerprint(*master_, PhoneKeyFingerprint(kDemoPhoneHashKey));
  }
  ~SyncTest() override {
    kiosks_.clear();
    master_.reset();
    std::filesystem::remove_all(root_);
  }

  // Many small databases with synchronous=FULL: in memory on a tmpfs when the machine has one
  // and TMPDIR does not say otherwise (fsyncs on a shared disk would dominate the run).
  static std::filesystem::path TempRoot() {
    if (std::getenv("TMPDIR") == nullptr && std::filesystem::is_directory("/dev/shm")) return "/dev/shm";
    return std::filesystem::temp_directory_path();
  }

  std::filesystem::path share() const { return root_ / "share"; }
  db::Database& master() { return *master_; }
  db::Database& kiosk(const std::string& id) { return *kiosks_.at(id); }

  sync::PublishedExport Publish() {
    return sync::PublishExport(*master_, share(), root_ / "office-work", Now());
  }
  sync::MergeReport Merge() { return sync::MergeInbox(*master_, share(), root_ / "office-work", Now()); }

  // A new kiosk installed from the latest export.
  db::Database& AddKiosk(const std::string& id) {
    auto db = std::make_unique<db::Database>(OpenKioskDatabase((root_ / (id + ".db")).string(), true));
    SetKioskId(*db, id);
    sync::ImportLatestExport(*db, share(), work(id));
    return *kiosks_.emplace(id, std::move(db)).first->second;
  }

  std::filesystem::path work(const std::string& id) const { return root_ / ("work-" + id); }

  // `kiosk --sync` at kiosk `id`: send the batch, import the latest export.
  sync::KioskSyncReport SyncKiosk(const std::string& id) {
    return sync::RunKioskSync(kiosk(id), share(), work(id), Now());
  }

  // Writes the batch and delivers it without importing (a kiosk whose import comes later).
  std::optional<sync::WrittenBatch> SendBatch(const std::string& id) {
    auto batch = sync::WriteBatch(kiosk(id), work(id), Now());
    if (batch) sync::DeliverBatch(*batch, share(), id);
    return batch;
  }

  SignUpOutcome SignUpAt(const std::string& id, int phone_n, int64_t occurrence = 1) {
    return SignUp(kiosk(id),
                  Req(occurrence, ResidentPhone(phone_n), std::nullopt, SignUpRole::kResident, true), Now(),
                  kDemoPhoneHashKey);
  }

  static LocalDateTime Now() { return *LocalDateTime::ParseIso("2026-12-01T09:00"); }

  std::filesystem::path root_;
  std::unique_ptr<db::Database> master_;
  std::map<std::string, std::unique_ptr<db::Database>> kiosks_;
};

}  // namespace kiosk::testing
