// tests/core/sync/sync_test_support.h — one office master and any number of kiosks on one share
// folder in a temp directory, with the nightly steps as one-line calls.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <memory>
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

class SyncTest : public ::testing::Test {
 protected:
  SyncTest() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    root_ = std::filesystem::temp_directory_path() /
            (std::string("kiosk_sync_") + info->test_suite_name() + "_" + info->name());
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
