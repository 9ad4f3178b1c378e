// tests/core/sync/convergence_simulation_test.cpp — the convergence guarantee, simulated in one
// process: 9 and 100 kiosks (each its own database file) against one office master over 30 nights
// of random sign-ups, cancels, volunteer check-ins and check-outs and room bookings on nearly full
// activities and one room, with missed nights, batches delivered twice, late and out of order, and
// kiosk clocks off by up to a day. At the end every kiosk shows exactly the master plus its own
// unacknowledged operations, and every operation issued is in the master's ledger exactly once
// (applied or kept as a conflict).
#include <gtest/gtest.h>

#include <random>
#include <set>

#include "kiosk/core/booking/bookings.h"
#include "kiosk/core/sync/operations.h"
#include "kiosk/core/sync/share_files.h"
#include "kiosk/core/time/minute_time.h"
#include "kiosk/core/volunteer/checkins.h"
#include "tests/core/sync/sync_test_support.h"

namespace kiosk::testing {
namespace {

namespace fs = std::filesystem;

struct SimulationSize {
  int kiosks;
  int ops_per_night;  // at most, per kiosk that works that day
  unsigned seed;
};

constexpr int kNights = 30;
constexpr int kOccurrencesPerDay = 3;

class ConvergenceSimulationTest : public SyncTest, public ::testing::WithParamInterface<SimulationSize> {
 protected:
  // The office's calendar: three small activities a day for the 30 days and a week after, two
  // volunteers, the bookable mediation room.
  void BuildCalendar() {
    master().Exec("UPDATE events SET capacity = 3, wants_volunteers = 1; DELETE FROM occurrences");
    int64_t id = 1;
    for (int day = 0; day < kNights + 7; ++day) {
      for (int slot = 0; slot < kOccurrencesPerDay; ++slot, ++id) {
        const LocalDateTime start = Day(day, 9 + 3 * slot);
        InsertOccurrence(master(), id, 1, start.Iso(), AddMinutes(start, 90).Iso());
      }
    }
    for (int v = 1; v <= 2; ++v) {
      const std::string phone = "1390000000" + std::to_string(v);
      db::Statement(master(),
                    "INSERT INTO volunteers(id, display_name, organizer_id, volunteer_code, phone_hash, "
                    "phone_last4, active) VALUES(?1, ?2, 1, ?3, ?4, ?5, 1)")
          .BindAll(v, "志愿者" + std::to_string(v), "V000" + std::to_string(v),
                   PhoneHash(phone, kDemoPhoneHashKey), PhoneLast4(phone))
          .Run();
    }
  }

  static LocalDateTime Day(int day, int hour, int minute = 0) {
    return AddMinutes(LocalDateTime{LocalDate{2026, 12, 1}.AddDays(day), 0, 0}, hour * 60 + minute);
  }

  // One random operation at kiosk `id` on `day`, at its own (possibly wrong) clock.
  void RandomOperation(const std::string& id, int day, std::mt19937& random) {
    db::Database& db = kiosk(id);
    const LocalDateTime now = AddMinutes(
        Day(day, 8 + static_cast<int>(random() % 9), static_cast<int>(random() % 60)), skew_minutes_.at(id));
    const int64_t occurrence = 1 + (day + static_cast<int64_t>(random() % 4)) * kOccurrencesPerDay +
                               static_cast<int64_t>(random() % kOccurrencesPerDay);
    switch (random() % 6) {
      case 0:
      case 1:
        SignUp(db,
               Req(occurrence, ResidentPhone(1 + static_cast<int>(random() % 50)), std::nullopt,
                   SignUpRole::kResident, true),
               now, kDemoPhoneHashKey);
        break;
      case 2: {  // a resident cancels any live sign-up (made here or at another kiosk)
        db::Statement live(db,
                           "SELECT id FROM signups WHERE status IN ('confirmed', 'waitlisted') ORDER BY id");
        std::vector<std::string> ids;
        while (live.Step()) ids.push_back(live.ColumnText(0));
        if (!ids.empty()) CancelSignUp(db, ids[random() % ids.size()], now);
        break;
      }
      case 3: {  // a volunteer checks in at the start of today's activity, or out at its end
        const int64_t today =
            1 + day * kOccurrencesPerDay + static_cast<int64_t>(random() % kOccurrencesPerDay);
        const int64_t volunteer = 1 + static_cast<int64_t>(random() % 2);
        const LocalDateTime start = Day(day, 9 + 3 * static_cast<int>((today - 1) % kOccurrencesPerDay));
        if (random() % 2 == 0)
          CheckIn(db, volunteer, today, AddMinutes(start, -5 + skew_minutes_.at(id)));
        else
          CheckOut(db, volunteer, today, AddMinutes(start, 95 + skew_minutes_.at(id)));
        break;
      }
      case 4: {  // the one room, a slot in the next three days
        const LocalDateTime start =
            Day(day + 1 + static_cast<int>(random() % 3), 9 + static_cast<int>(random() % 8),
                30 * static_cast<int>(random() % 2));
        Book(db,
             BookingRequest{
                 1, start, AddMinutes(start, 30), ResidentPhone(1 + static_cast<int>(random() % 50)), {}},
             now, kDemoPhoneHashKey, BookingPolicy{});
        break;
      }
      default: {
        db::Statement live(db, "SELECT id FROM bookings WHERE status = 'confirmed' ORDER BY id");
        std::vector<std::string> ids;
        while (live.Step()) ids.push_back(live.ColumnText(0));
        if (!ids.empty()) CancelBooking(db, ids[random() % ids.size()], now);
        break;
      }
    }
  }

  void NoteIssued(const std::string& id) {
    db::Statement query(kiosk(id), "SELECT op_id FROM outbox");
    while (query.Step()) issued_.insert(query.ColumnText(0));
  }

  // The records a resident or the office could see, row by row.
  static std::string Records(db::Database& db) {
    std::string out;
    for (const char* sql :
         {"SELECT id || ':' || status || ':' || coalesce(waitlist_position, '-') FROM signups ORDER BY id",
          "SELECT id || ':' || status || ':' || start_at FROM bookings ORDER BY id",
          "SELECT id || ':' || status || ':' || coalesce(checked_out_at, '-') FROM checkins ORDER BY id"}) {
      db::Statement rows(db, sql);
      while (rows.Step()) out += rows.ColumnText(0) + "\n";
      out += "--\n";
    }
    return out;
  }

  // What kiosk `id` must show: the master's records with its own unacknowledged operations applied
  // again on top, by the same Apply (on a copy of the master).
  std::string MasterPlusOwed(const std::string& id) {
    const fs::path copy = root_ / "expected.db";
    fs::remove(copy);
    db::Statement(master(), "VACUUM INTO ?1").Bind(1, copy.string()).Run();
    db::Database expected = OpenKioskDatabase(copy.string(), false);
    {
      db::Transaction transaction(expected);
      for (const OutboxEntry& entry : UnacknowledgedOperations(kiosk(id))) {
        const ParsedOperation parsed = ParseOperation(entry.op_id, entry.kind, entry.payload);
        EXPECT_TRUE(std::holds_alternative<Operation>(parsed)) << entry.op_id;
        if (const auto* op = std::get_if<Operation>(&parsed)) ApplyOperation(expected, *op);
      }
      transaction.Commit();
    }
    return Records(expected);
  }

  // A batch written at kiosk `id` goes to the share now, twice, or later (out of order).
  void SendBatch(const std::string& id, std::mt19937& random, int night) {
    const std::optional<sync::WrittenBatch> batch = sync::WriteBatch(kiosk(id), work(id), Night(id, night));
    if (!batch) return;
    const fs::path held = root_ / "held" / batch->file.filename();
    switch (random() % 8) {
      case 0:  // held back: delivered on a later night, after newer batches of the same kiosk
        fs::create_directories(held.parent_path());
        fs::copy_file(batch->file, held, fs::copy_options::overwrite_existing);
        late_.push_back({id, held, night + 1 + static_cast<int>(random() % 4)});
        break;
      case 1: {  // delivered twice, under a second name
        const fs::path first = sync::DeliverBatch(*batch, share(), id);
        fs::copy_file(first, first.parent_path() / (id + "-dup-" + std::to_string(night) + ".sqlite"),
                      fs::copy_options::overwrite_existing);
        break;
      }
      default:
        sync::DeliverBatch(*batch, share(), id);
    }
    fs::remove(batch->file);
  }

  void DeliverLate(int night, bool all) {
    for (auto it = late_.begin(); it != late_.end();) {
      if (!all && it->night > night) {
        ++it;
        continue;
      }
      sync::CopyFileDurably(it->file, share() / "inbox" / it->kiosk / it->file.filename());
      it = late_.erase(it);
    }
  }

  // The office keeps its inbox small: merged batches are moved away (the ledger holds their ops;
  // the merge re-reads every file left in the inbox each night).
  void ArchiveMergedBatches() {
    std::set<std::string> merged;
    {
      db::Statement query(master(), "SELECT sha256 FROM merged_batches");
      while (query.Step()) merged.insert(query.ColumnText(0));
    }
    for (const auto& folder : fs::directory_iterator(share() / "inbox")) {
      for (const auto& file : fs::directory_iterator(folder.path())) {
        if (merged.contains(sync::FileSha256(file.path()))) fs::remove(file.path());
      }
    }
  }

  LocalDateTime Night(const std::string& id, int night) const {
    return AddMinutes(Day(night, 23, 5), skew_minutes_.at(id));
  }

  struct Late {
    std::string kiosk;
    fs::path file;
    int night;
  };
  std::map<std::string, int> skew_minutes_;
  std::set<std::string> issued_;
  std::vector<Late> late_;
};

TEST_P(ConvergenceSimulationTest, EveryKioskShowsTheMasterPlusItsOwnOwedOperations) {
  const SimulationSize size = GetParam();
  std::mt19937 random(size.seed);
  BuildCalendar();
  Publish();
  std::vector<std::string> ids;
  for (int k = 1; k <= size.kiosks; ++k) {
    const std::string id = "K" + std::to_string(k);
    ids.push_back(id);
    AddKiosk(id);
    skew_minutes_[id] = static_cast<int>(random() % 2881) - 1440;  // up to a day either way
  }
  int missed = 0;
  for (int night = 0; night < kNights; ++night) {
    std::vector<std::string> syncing;
    for (const std::string& id : ids) {
      for (int n = static_cast<int>(random() % (size.ops_per_night + 1)); n > 0; --n)
        RandomOperation(id, night, random);
      NoteIssued(id);
      if (random() % 5 == 0) {
        ++missed;  // switched off tonight: no batch, no import
      } else {
        SendBatch(id, random, night);
        syncing.push_back(id);
      }
    }
    DeliverLate(night, false);
    const sync::MergeReport merged = Merge();
    ASSERT_TRUE(merged.refused.empty()) << merged.refused.front();
    ArchiveMergedBatches();
    Publish();
    for (const std::string& id : syncing) sync::ImportLatestExport(kiosk(id), share(), work(id));
    // Nothing recorded is lost: every operation still owed is still in effect at its kiosk.
    if (!syncing.empty()) {
      const std::string& id = syncing[random() % syncing.size()];
      ASSERT_EQ(Records(kiosk(id)), MasterPlusOwed(id)) << id << " after night " << night;
    }
  }
  // Two quiet nights for everyone (the second acknowledges the first's batches), the late ones
  // delivered; then each kiosk records a little more that the office has not seen.
  for (int round = 0; round < 2; ++round) {
    for (const std::string& id : ids) SendBatch(id, random, kNights + round);
    DeliverLate(0, true);
    const sync::MergeReport merged = Merge();
    ASSERT_TRUE(merged.refused.empty()) << merged.refused.front();
    Publish();
    for (const std::string& id : ids) sync::ImportLatestExport(kiosk(id), share(), work(id));
  }
  const std::set<std::string> sent = issued_;
  for (const std::string& id : ids) {
    for (int n = static_cast<int>(random() % 3); n > 0; --n) RandomOperation(id, kNights, random);
    EXPECT_EQ(Records(kiosk(id)), MasterPlusOwed(id)) << id;
  }
  // Every operation issued before the quiet nights is in the ledger exactly once.
  EXPECT_EQ(db::QueryInt(master(), "SELECT count(*) FROM merged_ops"), static_cast<int64_t>(sent.size()));
  std::map<std::string, int64_t> results;
  {
    db::Statement ledger(master(), "SELECT op_id, result FROM merged_ops");
    while (ledger.Step()) {
      EXPECT_TRUE(sent.contains(ledger.ColumnText(0))) << ledger.ColumnText(0) << " was never issued";
      ++results[ledger.ColumnText(1)];
    }
  }
  // Seats hold on the master: never more confirmed residents than the capacity.
  EXPECT_EQ(db::QueryInt(master(),
                         "SELECT count(*) FROM (SELECT occurrence_id FROM signups WHERE status = 'confirmed' "
                         "AND role = 'resident' GROUP BY occurrence_id HAVING count(*) > 3)"),
            0);
  std::printf("[convergence] %d kiosks, %d nights, %d missed kiosk-nights: %zu operations issued;",
              size.kiosks, kNights, missed, sent.size());
  for (const auto& [result, count] : results)
    std::printf(" %s %lld", result.c_str(), static_cast<long long>(count));
  std::printf("\n");
}

INSTANTIATE_TEST_SUITE_P(Districts, ConvergenceSimulationTest,
                         ::testing::Values(SimulationSize{9, 4, 1}, SimulationSize{9, 4, 2},
                                           SimulationSize{100, 1, 3}),
                         [](const ::testing::TestParamInfo<SimulationSize>& param) {
                           return std::to_string(param.param.kiosks) + "Kiosks_Seed" +
                                  std::to_string(param.param.seed);
                         });

}  // namespace
}  // namespace kiosk::testing
