// tests/core/sync/convergence_test.cpp — a small simulation: 3 kiosks, several nights of random
// sign-ups and cancels on nearly full activities, missed nights and duplicated batches. Every
// night each kiosk still shows every operation it made; at the end every kiosk shows exactly the
// master, and every operation issued is in the master's ledger exactly once.
#include <gtest/gtest.h>

#include <random>
#include <set>

#include "tests/core/sync/sync_test_support.h"

namespace kiosk::testing {
namespace {

class ConvergenceTest : public SyncTest, public ::testing::WithParamInterface<unsigned> {
 protected:
  // Records, in `issued`, every operation the kiosk has appended so far.
  void NoteIssued(const std::string& id) {
    db::Statement query(kiosk(id), "SELECT op_id FROM outbox");
    while (query.Step()) issued_.insert(query.ColumnText(0));
  }

  // A random sign-up or cancel at kiosk `id`.
  void RandomOperation(const std::string& id, std::mt19937& random) {
    if (random() % 4 == 0) {
      db::Statement live(kiosk(id),
                         "SELECT id FROM signups WHERE status IN ('confirmed', 'waitlisted') ORDER BY id");
      std::vector<std::string> ids;
      while (live.Step()) ids.push_back(live.ColumnText(0));
      if (!ids.empty()) {
        CancelSignUp(kiosk(id), ids[random() % ids.size()], Now());
        return;
      }
    }
    SignUpAt(id, static_cast<int>(random() % 40) + 1, static_cast<int64_t>(random() % 3) + 1);
  }

  // The rows a resident could see, in one comparable text.
  static std::string Rows(db::Database& db) {
    db::Statement query(
        db,
        "SELECT group_concat(id || ':' || status || ':' || coalesce(waitlist_position, '-'), ' ') "
        "FROM (SELECT * FROM signups ORDER BY id)");
    query.Step();
    return query.ColumnText(0);
  }

  // Every signup id this kiosk made is still on its screen.
  void ExpectOwnRecordsVisible(const std::string& id) {
    for (const std::string& signup : made_[id]) {
      EXPECT_EQ(db::QueryInt(kiosk(id), "SELECT count(*) FROM signups WHERE id = '" + signup + "'"), 1)
          << id << " lost " << signup;
    }
  }

  std::set<std::string> issued_;
  std::map<std::string, std::set<std::string>> made_;
};

TEST_P(ConvergenceTest, EveryKioskEndsWithTheMasterAndEveryOperationIsMergedOnce) {
  std::mt19937 random(GetParam());
  master().Exec("UPDATE events SET capacity = 3");
  InsertOccurrence(master(), 2, 1, "2026-12-11T16:30", "2026-12-11T18:00");
  InsertOccurrence(master(), 3, 1, "2026-12-12T16:30", "2026-12-12T18:00");
  Publish();
  const std::vector<std::string> ids = {"K1", "K2", "K3"};
  for (const std::string& id : ids) AddKiosk(id);
  for (int night = 0; night < 6; ++night) {
    for (const std::string& id : ids) {
      for (int n = static_cast<int>(random() % 6); n > 0; --n) RandomOperation(id, random);
      db::Statement mine(kiosk(id), "SELECT id FROM signups WHERE origin_kiosk = ?1");
      mine.Bind(1, id);
      while (mine.Step()) made_[id].insert(mine.ColumnText(0));
      NoteIssued(id);
    }
    for (const std::string& id : ids) {
      if (random() % 4 == 0) continue;  // this kiosk misses the night
      SendBatch(id);
    }
    // Some batches are delivered twice, under another name.
    for (const std::string& id : ids) {
      const std::filesystem::path inbox = share() / "inbox" / id;
      if (!std::filesystem::exists(inbox) || random() % 3 != 0) continue;
      for (const auto& file : std::filesystem::directory_iterator(inbox)) {
        if (file.path().filename().string().find("dup") != std::string::npos) continue;
        std::filesystem::copy_file(file.path(), inbox / (id + "-dup" + std::to_string(night) + ".sqlite"),
                                   std::filesystem::copy_options::overwrite_existing);
        break;
      }
    }
    const sync::MergeReport merged = Merge();
    EXPECT_TRUE(merged.refused.empty()) << merged.refused.front();
    Publish();
    for (const std::string& id : ids) {
      if (random() % 4 == 0) continue;
      sync::ImportLatestExport(kiosk(id), share(), work(id));
      ExpectOwnRecordsVisible(id);
    }
  }
  // A last quiet night for everyone, twice (the second acknowledges the first's batches).
  for (int round = 0; round < 2; ++round) {
    for (const std::string& id : ids) SendBatch(id);
    Merge();
    Publish();
    for (const std::string& id : ids) sync::ImportLatestExport(kiosk(id), share(), work(id));
  }
  for (const std::string& id : ids) {
    EXPECT_EQ(Rows(kiosk(id)), Rows(master())) << id;
    EXPECT_TRUE(UnacknowledgedOperations(kiosk(id)).empty()) << id;
    ExpectOwnRecordsVisible(id);
  }
  EXPECT_EQ(db::QueryInt(master(), "SELECT count(*) FROM merged_ops"), static_cast<int64_t>(issued_.size()));
  for (const std::string& op_id : issued_) {
    EXPECT_EQ(db::QueryInt(master(), "SELECT count(*) FROM merged_ops WHERE op_id = '" + op_id + "'"), 1)
        << op_id;
  }
  // Seats hold on the master: never more confirmed residents than the capacity.
  EXPECT_EQ(db::QueryInt(master(),
                         "SELECT count(*) FROM (SELECT occurrence_id FROM signups WHERE status = 'confirmed' "
                         "GROUP BY occurrence_id HAVING count(*) > 3)"),
            0);
}

INSTANTIATE_TEST_SUITE_P(Seeds, ConvergenceTest, ::testing::Values(1u, 2u, 3u, 4u));

}  // namespace
}  // namespace kiosk::testing
