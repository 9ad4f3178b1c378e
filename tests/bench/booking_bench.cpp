// tests/bench/booking_bench.cpp — what a resident waits for in 调解室预约: the slot grids of 14 days
// for the 5 mediation rooms (loaded and computed, with bookings in them; budget: well under one
// frame), and one Book() write (checks, no-show release, insert, outbox operation, durable commit)
// on a real file with synchronous=FULL, as the kiosk opens it (budget: <= 5 ms).
//
//   build/release/tests/bench/kiosk_bench --benchmark_filter='Booking|SlotGrid'
#include <benchmark/benchmark.h>

#include <filesystem>
#include <string>

#include "kiosk/core/booking/bookings.h"
#include "kiosk/core/demo/demo_data.h"
#include "kiosk/core/people/phone_hash.h"
#include "kiosk/core/storage/kiosk_database.h"

namespace {

using kiosk::LocalDate;
using kiosk::LocalDateTime;

const LocalDate kToday{2026, 11, 27};  // a Friday
const LocalDateTime kNow{kToday, 8, 0};

std::string BenchPath(const char* name) { return (std::filesystem::temp_directory_path() / name).string(); }

void RemoveDatabase(const std::string& path) {
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
}

std::string BenchPhone(int64_t n) {
  std::string digits = std::to_string(n % 100000000);
  return "137" + std::string(8 - digits.size(), '0') + digits;
}

void BM_SlotGrid14DaysFiveRooms(benchmark::State& state) {
  const std::string path = BenchPath("kiosk_bench_grid.db");
  kiosk::WriteDemoDatabase(path, KIOSK_DEMO_DIR, kToday);
  kiosk::db::Database db = kiosk::OpenKioskDatabase(path, false);
  const kiosk::BookingPolicy policy;
  std::vector<int64_t> rooms;
  for (const kiosk::RoomFacts& room : kiosk::BookableRooms(db, "fusheng"))
    if (room.kind == "mediation") rooms.push_back(room.id);
  // Every other morning slot of every open day booked, so the grids have taken slots to find.
  int64_t n = 0;
  for (const int64_t room : rooms) {
    for (int day = 0; day < 14; ++day) {
      for (int hour = 9; hour < 12; ++hour) {
        const LocalDateTime start{kToday.AddDays(day), hour, 0};
        kiosk::Book(db, {room, start, LocalDateTime{start.date, hour, 30}, BenchPhone(++n), std::nullopt},
                    kNow, kiosk::kDemoPhoneHashKey, policy);
      }
    }
  }
  int64_t slots = 0;
  for (auto _ : state) {
    for (const int64_t room : rooms) {
      const auto schedule = kiosk::LoadRoomSchedule(db, room, kToday, 14, kNow, policy);
      for (int day = 0; day < 14; ++day)
        slots += kiosk::SlotGrid(*schedule, kToday.AddDays(day), kNow).slots.size();
    }
  }
  benchmark::DoNotOptimize(slots);
  state.counters["rooms"] = static_cast<double>(rooms.size());
  RemoveDatabase(path);
}
BENCHMARK(BM_SlotGrid14DaysFiveRooms)->Unit(benchmark::kMicrosecond);

void BM_BookingWrite(benchmark::State& state) {
  const std::string path = BenchPath("kiosk_bench_booking.db");
  kiosk::WriteDemoDatabase(path, KIOSK_DEMO_DIR, kToday);
  {
    kiosk::db::Database db = kiosk::OpenKioskDatabase(path, false);  // synchronous=FULL, WAL
    const kiosk::BookingPolicy policy;
    const int64_t room = kiosk::BookableRooms(db, "fusheng").front().id;
    const LocalDateTime start{kToday.AddDays(1), 10, 0};  // Saturday morning
    int64_t n = 0;
    for (auto _ : state) {
      const kiosk::BookingOutcome outcome = kiosk::Book(
          db, {room, start, LocalDateTime{start.date, 11, 0}, BenchPhone(++n), kiosk::BookingMatter::kFamily},
          kNow, kiosk::kDemoPhoneHashKey, policy);
      state.PauseTiming();  // free the slot again for the next iteration, untimed
      const auto* booked = std::get_if<kiosk::BookingConfirmed>(&outcome);
      if (!booked) {
        state.SkipWithError("booking refused");
        break;
      }
      kiosk::CancelBooking(db, booked->booking_id, kNow);
      state.ResumeTiming();
    }
  }
  RemoveDatabase(path);
}
BENCHMARK(BM_BookingWrite)->Unit(benchmark::kMillisecond);

}  // namespace
