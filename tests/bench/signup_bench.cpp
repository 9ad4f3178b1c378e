// tests/bench/signup_bench.cpp — how long a resident waits for "报名成功": one SignUp() write
// (checks, insert, outbox operation, durable commit) on a real file with synchronous=FULL, as
// the kiosk opens it, on the demo database. Budget: <= 5 ms. Also a check-in + check-out pair.
//
//   build/release/tests/bench/kiosk_bench --benchmark_filter='SignUp|CheckIn'
#include <benchmark/benchmark.h>

#include <filesystem>
#include <string>

#include "kiosk/core/volunteer/checkins.h"
#include "kiosk/core/demo/demo_data.h"
#include "kiosk/core/storage/kiosk_database.h"
#include "kiosk/core/time/local_time.h"
#include "kiosk/core/people/phone_hash.h"
#include "kiosk/core/signup/signups.h"

namespace {

using kiosk::LocalDate;
using kiosk::LocalDateTime;

const LocalDate kToday{2026, 11, 27};
const LocalDateTime kNow{kToday, 10, 0};

// A fresh demo database in /tmp (a real disk file, not :memory:), plus one open event without a
// seat limit so every iteration is a new confirmed sign-up.
std::string MakeBenchDatabase(const std::string& name) {
  const std::string path = (std::filesystem::temp_directory_path() / name).string();
  kiosk::WriteDemoDatabase(path, KIOSK_DEMO_DIR, kToday);
  kiosk::db::Database db = kiosk::OpenKioskDatabase(path, false);
  db.Exec(R"sql(
    INSERT INTO events(id, uid, title, category_id, site_id, venue, capacity, wants_volunteers)
      VALUES(90001, 'bench', '坝坝会', (SELECT min(id) FROM categories), (SELECT min(id) FROM sites), '院坝', NULL, 1);
    INSERT INTO occurrences(id, event_id, recurrence_id, start_at, end_at)
      VALUES(90001, 90001, '2026-11-28T09:00', '2026-11-28T09:00', '2026-11-28T11:00');
    INSERT INTO occurrences(id, event_id, recurrence_id, start_at, end_at)
      VALUES(90002, 90001, '2026-11-27T09:30', '2026-11-27T09:30', '2026-11-27T23:00');
  )sql");
  return path;
}

void RemoveDatabase(const std::string& path) {
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
}

std::string BenchPhone(int64_t n) {
  std::string digits = std::to_string(n % 100000000);
  return "137" + std::string(8 - digits.size(), '0') + digits;
}

void BM_SignUpWrite(benchmark::State& state) {
  const std::string path = MakeBenchDatabase("kiosk_bench_signup.db");
  {
    kiosk::db::Database db = kiosk::OpenKioskDatabase(path, false);  // synchronous=FULL, WAL
    int64_t n = 0;
    for (auto _ : state) {
      const kiosk::SignUpOutcome outcome = kiosk::SignUp(
          db,
          kiosk::SignUpRequest{.occurrence_id = 90001, .phone = BenchPhone(++n), .display_name = "张伟军"},
          kNow, kiosk::kDemoPhoneHashKey);
      if (!std::holds_alternative<kiosk::SignUpConfirmed>(outcome))
        state.SkipWithError("sign-up not confirmed");
    }
    state.counters["signups"] = static_cast<double>(n);
  }
  RemoveDatabase(path);
}
BENCHMARK(BM_SignUpWrite)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(200)
    ->Repetitions(10)
    ->ReportAggregatesOnly(true);

// Check-in then check-out of one volunteer per iteration (two durable writes).
void BM_CheckInAndOut(benchmark::State& state) {
  const std::string path = MakeBenchDatabase("kiosk_bench_checkin.db");
  {
    kiosk::db::Database db = kiosk::OpenKioskDatabase(path, false);
    // Enough volunteers for every iteration: each may check in to the occurrence once.
    db.Exec(R"sql(
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)
      INSERT INTO volunteers(id, display_name, volunteer_code, phone_hash, phone_last4)
        SELECT 100000 + i, '志愿者', 'B' || i, printf('%064d', i), '0000' FROM n;
    )sql");
    int64_t n = 0;
    for (auto _ : state) {
      const int64_t volunteer = 100000 + (++n);
      if (!std::holds_alternative<kiosk::CheckedIn>(kiosk::CheckIn(db, volunteer, 90002, kNow)) ||
          !std::holds_alternative<kiosk::CheckedOut>(
              kiosk::CheckOut(db, volunteer, 90002, LocalDateTime{kToday, 11, 5}))) {
        state.SkipWithError("check-in/out refused");
      }
    }
  }
  RemoveDatabase(path);
}
BENCHMARK(BM_CheckInAndOut)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(200)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);

}  // namespace

BENCHMARK_MAIN();
