// tests/bench/import_bench.cpp — office import of a generated 10,000-event .ics (every tenth
// event weekly-recurring over the 180-day horizon) into a fresh master, parse and store.
#include <benchmark/benchmark.h>

#include <string>

#include "kiosk/core/calendar_import/calendar_import.h"
#include "kiosk/core/storage/kiosk_database.h"
#include "kiosk/core/calendar_import/reference_data.h"

namespace {

constexpr kiosk::LocalDate kToday{2026, 11, 27};

std::string GeneratedCalendar(int events) {
  static const char* kSites[] = {"shengnan", "fusheng", "liyang", "tongfu", "yangguang"};
  static const char* kCategories[] = {"party", "arts", "environment", "volunteering", "council",
                                      "health", "education", "elder_care", "jobs"};
  std::string text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\n";
  for (int i = 0; i < events; ++i) {
    const kiosk::LocalDate day = kToday.AddDays(i % 170);
    char date[16];
    std::snprintf(date, sizeof date, "%04d%02d%02d", day.year, day.month, day.day);
    text += "BEGIN:VEVENT\r\nUID:bench-" + std::to_string(i) + "\r\nSUMMARY:社区活动 " + std::to_string(i) +
            "\r\nDESCRIPTION:居民议事、文艺排练、健康义诊等活动，欢迎报名参加。\r\n" + "DTSTART;TZID=Asia/Shanghai:" +
            date + "T" + (i % 2 ? "093000" : "143000") + "\r\nDURATION:PT1H30M\r\nCATEGORIES:" + kCategories[i % 9] +
            "\r\nX-KIOSK-SITE:" + kSites[i % 5] + "\r\nX-KIOSK-CAPACITY:30\r\n" +
            (i % 10 == 0 ? "RRULE:FREQ=WEEKLY\r\n" : "") + "END:VEVENT\r\n";
  }
  return text + "END:VCALENDAR\r\n";
}

void BM_ImportTenThousandEventIcs(benchmark::State& state) {
  const std::string ics = GeneratedCalendar(static_cast<int>(state.range(0)));
  const kiosk::ImportWindow window = kiosk::OfficeImportWindow(kToday);
  int64_t occurrences = 0;
  for (auto _ : state) {
    state.PauseTiming();
    kiosk::db::Database db = kiosk::OpenKioskDatabase(":memory:", true);
    {
      kiosk::db::Transaction transaction(db);
      kiosk::LoadReferenceData(db, KIOSK_DEMO_DIR);
      transaction.Commit();
    }
    state.ResumeTiming();
    kiosk::db::Transaction transaction(db);
    const auto report = kiosk::StoreCalendarSource(
        db, kiosk::ReadCalendarSource(ics, kiosk::CalendarFormat::kIcs, "bench.ics", ".", window), window, false);
    transaction.Commit();
    if (!report.ok()) state.SkipWithError(report.problems.front().Format().c_str());
    occurrences = report.counts.occurrences_added;
  }
  state.counters["occurrences"] = static_cast<double>(occurrences);
  state.counters["bytes"] = static_cast<double>(ics.size());
}
BENCHMARK(BM_ImportTenThousandEventIcs)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace
