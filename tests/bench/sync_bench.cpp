// tests/bench/sync_bench.cpp — the nightly sync's costs: a kiosk's batch of 10,000 operations
// written (budget <= 0.5 s), the office merge of N kiosks x 1,000 operations (100 x 1,000 <= 3 s),
// and a kiosk's import of an export at three sizes (200k occurrences + 1M sign-ups <= 5 s), with
// the export's size per 10k occurrences as a counter.
//
//   build/release/tests/bench/kiosk_bench --benchmark_filter='Batch|Merge|Import'
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "kiosk/core/booking/booking_operations.h"
#include "kiosk/core/demo/demo_data.h"
#include "kiosk/core/people/phone_hash.h"
#include "kiosk/core/signup/signup_operations.h"
#include "kiosk/core/storage/kiosk_database.h"
#include "kiosk/core/storage/record_ids.h"
#include "kiosk/core/sync/batch.h"
#include "kiosk/core/sync/export_import.h"
#include "kiosk/core/sync/export_publish.h"
#include "kiosk/core/sync/latest_file.h"
#include "kiosk/core/sync/office_merge.h"
#include "kiosk/core/time/minute_time.h"
#include "kiosk/core/volunteer/checkin_operations.h"

namespace {

namespace fs = std::filesystem;
using kiosk::LocalDate;
using kiosk::LocalDateTime;

const LocalDate kToday{2026, 11, 27};
const LocalDateTime kNow{kToday, 23, 0};

fs::path FreshFolder(const std::string& name) {
  const fs::path folder = fs::temp_directory_path() / name;
  fs::remove_all(folder);
  fs::create_directories(folder);
  return folder;
}

// `count` sign-up operations owed by kiosk `kiosk_id`, on occurrences 900001..900100 (no limit),
// by the phones first_phone, first_phone + 1, ...
void AppendSignUps(kiosk::db::Database& kiosk_db, const std::string& kiosk_id, int count,
                   int first_phone = 0) {
  kiosk::SetKioskId(kiosk_db, kiosk_id);
  kiosk::db::Transaction transaction(kiosk_db);
  for (int i = 0; i < count; ++i) {
    kiosk::SignUpOp op;
    op.signup_id = kiosk::NextRecordId(kiosk_db);
    op.occurrence_id = 900001 + i % 100;
    op.event_uid = "bench";
    op.recurrence_id = "2026-11-28T09:00";
    op.phone_hash =
        kiosk::PhoneHash("137" + std::to_string(10000000 + first_phone + i), kiosk::kDemoPhoneHashKey);
    op.phone_last4 = "1234";
    op.confirmation_code = "K7MQ3X";
    op.created_at = kNow;
    kiosk::AppendOutboxOperation(kiosk_db, op, kNow);
  }
  transaction.Commit();
}

void BM_WriteBatch(benchmark::State& state) {
  const fs::path folder = FreshFolder("kiosk_bench_batch");
  kiosk::db::Database kiosk_db = kiosk::OpenKioskDatabase((folder / "kiosk.db").string(), true);
  AppendSignUps(kiosk_db, "K01", static_cast<int>(state.range(0)));
  for (auto _ : state) {
    const auto batch = kiosk::sync::WriteBatch(kiosk_db, folder / "out", kNow);
    benchmark::DoNotOptimize(batch);
    state.PauseTiming();
    fs::remove(batch->file);
    state.ResumeTiming();
  }
  state.counters["ops"] = static_cast<double>(state.range(0));
  fs::remove_all(folder);
}
BENCHMARK(BM_WriteBatch)->Arg(1000)->Arg(10000)->Arg(50000)->Unit(benchmark::kMillisecond);

// The merge's realistic mix at one kiosk, as typed operations straight into its journal: sign-ups
// over 400 activities of 20 seats (one in five on the waitlist; with many kiosks most activities
// fill, so the office decides seats and conflicts) and 100 without a limit, cancels of its own
// earlier sign-ups, volunteer check-ins and check-outs, bookings of one room's half-hour slots
// over 14 days (many wanted by several kiosks) and cancels of them.
void AppendMixedOperations(kiosk::db::Database& kiosk_db, const std::string& kiosk_id, int count, int seed,
                           int64_t room_id, int volunteers) {
  kiosk::SetKioskId(kiosk_db, kiosk_id);
  std::mt19937 random(static_cast<std::mt19937::result_type>(seed));
  const auto pick = [&random](int64_t n) {
    return static_cast<int64_t>(random() % static_cast<uint64_t>(n));
  };
  const auto one_of = [&pick](const auto& made) -> const auto& {
    return made[static_cast<size_t>(pick(static_cast<int64_t>(made.size())))];
  };
  std::vector<kiosk::SignUpOp> signups;
  std::vector<kiosk::CheckinOp> checkins;
  std::vector<kiosk::BookOp> bookings;
  kiosk::db::Transaction transaction(kiosk_db);
  for (int i = 0; i < count; ++i) {
    const int64_t roll = pick(100);
    if (roll < 60 || (roll < 72 && signups.empty())) {
      kiosk::SignUpOp op;
      op.signup_id = kiosk::NextRecordId(kiosk_db);
      op.occurrence_id = roll < 50 ? 910001 + pick(400) : 900001 + pick(100);
      op.event_uid = "bench";
      op.recurrence_id = "2026-11-28T09:00";
      op.phone_hash =
          kiosk::PhoneHash("137" + std::to_string(10000000 + seed * 1000 + i), kiosk::kDemoPhoneHashKey);
      op.phone_last4 = "1234";
      op.status = pick(5) == 0 ? kiosk::LiveStatus::kWaitlisted : kiosk::LiveStatus::kConfirmed;
      op.confirmation_code = "K7MQ3X";
      op.created_at = kNow;
      kiosk::AppendOutboxOperation(kiosk_db, op, kNow);
      signups.push_back(op);
    } else if (roll < 72) {
      const kiosk::SignUpOp& signup = one_of(signups);
      kiosk::CancelSignUpOp op;
      op.signup_id = signup.signup_id;
      op.occurrence_id = signup.occurrence_id;
      op.previous_status = signup.status;
      op.cancelled_at = kNow;
      kiosk::AppendOutboxOperation(kiosk_db, op, kNow);
    } else if (roll < 79 || (roll < 86 && checkins.empty())) {
      kiosk::CheckinOp op{.checkin_id = kiosk::NextRecordId(kiosk_db),
                          .volunteer_id = 1 + pick(volunteers),
                          .occurrence_id = 910001 + pick(400),
                          .event_uid = "bench",
                          .recurrence_id = "2026-11-28T09:00",
                          .checked_in_at = LocalDateTime{kToday, 9, 0}};
      kiosk::AppendOutboxOperation(kiosk_db, op, kNow);
      checkins.push_back(op);
    } else if (roll < 86) {
      const kiosk::CheckinOp& checkin = one_of(checkins);
      kiosk::CheckoutOp op{.checkin_id = checkin.checkin_id,
                           .volunteer_id = checkin.volunteer_id,
                           .occurrence_id = checkin.occurrence_id,
                           .checked_in_at = checkin.checked_in_at,
                           .checked_out_at = LocalDateTime{kToday, 11, 0},
                           .minutes = 120};
      kiosk::AppendOutboxOperation(kiosk_db, op, kNow);
    } else if (roll < 96 || bookings.empty()) {
      kiosk::BookOp op;
      op.booking_id = kiosk::NextRecordId(kiosk_db);
      op.room_id = room_id;
      op.room_code = "bench";
      op.start_at = kiosk::AddMinutes(LocalDateTime{kToday.AddDays(1 + static_cast<int>(pick(14))), 9, 0},
                                      30 * pick(16));
      op.end_at = kiosk::AddMinutes(op.start_at, 30);
      op.phone_hash =
          kiosk::PhoneHash("139" + std::to_string(10000000 + seed * 1000 + i), kiosk::kDemoPhoneHashKey);
      op.phone_last4 = "5678";
      op.confirmation_code = "B7MQ3X";
      op.created_at = kNow;
      kiosk::AppendOutboxOperation(kiosk_db, op, kNow);
      bookings.push_back(op);
    } else {
      const kiosk::BookOp& booking = one_of(bookings);
      kiosk::CancelBookingOp op;
      op.booking_id = booking.booking_id;
      op.room_id = booking.room_id;
      op.start_at = booking.start_at;
      op.cancelled_at = kNow;
      kiosk::AppendOutboxOperation(kiosk_db, op, kNow);
    }
  }
  transaction.Commit();
}

// The demo master plus one event without a seat limit and its 100 occurrences (900001..900100),
// and one event of 20 seats with 400 occurrences (910001..910400).
void MakeMaster(const std::string& path) {
  kiosk::WriteDemoDatabase(path, KIOSK_DEMO_DIR, kToday);
  kiosk::db::Database db = kiosk::OpenKioskDatabase(path, false);
  db.Exec(R"sql(
    INSERT INTO events(id, uid, title, category_id, site_id, venue, capacity)
      VALUES(900001, 'bench', '坝坝会', (SELECT min(id) FROM categories), (SELECT min(id) FROM sites), '院坝', NULL);
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100)
    INSERT INTO occurrences(id, event_id, recurrence_id, start_at, end_at)
      SELECT 900000 + i, 900001, 'b' || i, printf('2026-11-28T09:%02d', i % 60),
             '2026-11-28T11:00' FROM n;
    INSERT INTO events(id, uid, title, category_id, site_id, venue, capacity)
      VALUES(900002, 'bench20', '太极拳', (SELECT min(id) FROM categories), (SELECT min(id) FROM sites), '活动室', 20);
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400)
    INSERT INTO occurrences(id, event_id, recurrence_id, start_at, end_at)
      SELECT 910000 + i, 900002, 'c' || i, printf('2026-12-%02dT09:00', 1 + i % 28),
             printf('2026-12-%02dT11:00', 1 + i % 28) FROM n;
  )sql");
  db.Exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

// N kiosks x 1,000 operations of the realistic mix, merged into a fresh copy of the master.
void BM_OfficeMerge(benchmark::State& state) {
  const int kiosks = static_cast<int>(state.range(0));
  const fs::path folder = FreshFolder("kiosk_bench_merge");
  const fs::path share = folder / "share";
  const std::string pristine = (folder / "pristine.db").string();
  MakeMaster(pristine);
  int64_t room_id = 0;
  int volunteers = 0;
  {
    kiosk::db::Database master = kiosk::OpenKioskDatabase(pristine, false);
    room_id = kiosk::db::QueryInt(master, "SELECT min(id) FROM rooms");
    volunteers = static_cast<int>(kiosk::db::QueryInt(master, "SELECT count(*) FROM volunteers"));
  }
  for (int k = 0; k < kiosks; ++k) {
    kiosk::db::Database kiosk_db = kiosk::OpenKioskDatabase(":memory:", true);
    std::string id = "K";  // appended: GCC 12 warns falsely on "K" + to_string (-Wrestrict)
    id += std::to_string(1000 + k);
    AppendMixedOperations(kiosk_db, id, 1000, k, room_id, volunteers);
    const auto batch = kiosk::sync::WriteBatch(kiosk_db, folder / "kiosk-out", kNow);
    kiosk::sync::DeliverBatch(*batch, share, id);
  }
  const std::string master_path = (folder / "master.db").string();
  kiosk::sync::MergeReport report;
  for (auto _ : state) {
    state.PauseTiming();
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(master_path + suffix);
    fs::copy_file(pristine, master_path);
    kiosk::db::Database master = kiosk::OpenKioskDatabase(master_path, false);
    state.ResumeTiming();
    report = kiosk::sync::MergeInbox(master, share, folder / "work", kNow);
    if (report.ops_applied + report.ops_conflict + report.ops_rejected != kiosks * 1000 ||
        !report.refused.empty()) {
      state.SkipWithError("not every operation was merged");
      break;
    }
  }
  state.counters["ops"] = kiosks * 1000.0;
  state.counters["applied"] = static_cast<double>(report.ops_applied);
  state.counters["conflict"] = static_cast<double>(report.ops_conflict);
  state.counters["rejected"] = static_cast<double>(report.ops_rejected);
  fs::remove_all(folder);
}
// CPU is the whole process's: the merge reads the next batch on a second thread.
BENCHMARK(BM_OfficeMerge)
    ->Arg(10)
    ->Arg(50)
    ->Arg(100)
    ->Arg(200)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(2)
    ->MeasureProcessCPUTime();

// A master with `occurrences` dated instances and `signups` sign-ups on them, published twice
// (yesterday's export and tonight's, a day of sign-ups apart: 1 % more, 0.5 % cancelled). Imported into a new
// kiosk (held = 0: an installation) or into a kiosk that holds yesterday's export (held = 1: every night's
// case, the old rows deleted in the same transaction).
void BM_KioskImport(benchmark::State& state) {
  const int64_t occurrences = state.range(0), signups = state.range(1);
  const bool held = state.range(2) != 0;
  const fs::path folder = FreshFolder("kiosk_bench_import");
  const fs::path share = folder / "share";
  const std::string master_path = (folder / "master.db").string();
  kiosk::sync::PublishedExport yesterday, tonight;
  {
    MakeMaster(master_path);
    kiosk::db::Database master = kiosk::OpenKioskDatabase(master_path, false);
    master.LimitStatementTime(std::chrono::milliseconds(0));  // building 1M rows is no UI statement
    kiosk::db::Transaction transaction(master);
    kiosk::db::Statement(
        master,
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?1) "
        "INSERT INTO occurrences(id, event_id, recurrence_id, start_at, end_at) "
        "SELECT 1000000 + i, 900001, 'r' || i, '2026-12-01T09:00', '2026-12-01T11:00' FROM n")
        .Bind(1, occurrences)
        .Run();
    kiosk::db::Statement(
        master,
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?1) "
        "INSERT INTO signups(id, origin_kiosk, created_at, occurrence_id, phone_hash, phone_last4, "
        "status) SELECT 'K9-' || i, 'K9', '2026-11-20T10:00', 1000001 + i % ?2, "
        "printf('%064d', i), '1234', 'confirmed' FROM n")
        .BindAll(signups - 1, occurrences)
        .Run();
    transaction.Commit();
    yesterday = kiosk::sync::PublishExport(master, share, folder / "office-work", kNow);
    // A day's changes: 1 % more sign-ups, 0.5 % of them cancelled.
    kiosk::db::Transaction day(master);
    kiosk::db::Statement(
        master,
        "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ?1) "
        "INSERT INTO signups(id, origin_kiosk, created_at, occurrence_id, phone_hash, phone_last4, "
        "status) SELECT 'K8-' || i, 'K8', '2026-11-21T10:00', 1000001 + i % ?2, "
        "printf('%064d', ?3 + i), '1234', 'confirmed' FROM n")
        .BindAll(signups / 100, occurrences, signups)
        .Run();
    kiosk::db::Statement(
        master, "UPDATE signups SET status = 'cancelled' WHERE origin_kiosk = 'K9' AND rowid % 200 = 0")
        .Run();
    day.Commit();
    tonight = kiosk::sync::PublishExport(master, share, folder / "office-work", kNow);
  }
  const std::string kiosk_path = (folder / "kiosk.db").string(), held_path = (folder / "held.db").string();
  {
    kiosk::db::Database kiosk_db = kiosk::OpenKioskDatabase(held_path, true);
    kiosk::SetKioskId(kiosk_db, "K01");
    if (held) {
      kiosk::sync::WriteLatest(share, {yesterday.number, yesterday.sha256, yesterday.size});
      kiosk::sync::ImportLatestExport(kiosk_db, share, folder / "work");
      kiosk::sync::WriteLatest(share, {tonight.number, tonight.sha256, tonight.size});
    }
    kiosk_db.Exec("PRAGMA wal_checkpoint(TRUNCATE)");
  }
  for (auto _ : state) {
    state.PauseTiming();
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(kiosk_path + suffix);
    fs::copy_file(held_path, kiosk_path);
    kiosk::db::Database kiosk_db = kiosk::OpenKioskDatabase(kiosk_path, true);
    ::sync();  // the setup's gigabyte of writes on disk first: the import is timed, not their writeback
    state.ResumeTiming();
    const kiosk::sync::ImportReport report =
        kiosk::sync::ImportLatestExport(kiosk_db, share, folder / "work");
    if (report.export_number != tonight.number || report.signups < signups) {  // + the demo's own
      state.SkipWithError("tonight's export was not imported whole");
      break;
    }
  }
  state.counters["export_MB"] = static_cast<double>(tonight.size) / 1e6;
  state.counters["MB_per_10k_occ"] =
      static_cast<double>(tonight.size) / 1e6 / (static_cast<double>(occurrences) / 1e4);
  fs::remove_all(folder);
}
BENCHMARK(BM_KioskImport)
    ->ArgNames({"occ", "signups", "held"})
    ->ArgsProduct({{10000}, {50000}, {0, 1}})
    ->ArgsProduct({{50000}, {250000}, {0, 1}})
    ->ArgsProduct({{200000}, {1000000}, {0, 1}})
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);  // each from the same held copy: the mean of three, not one run's luck

}  // namespace
