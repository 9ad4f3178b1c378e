// CPU per frame of the busiest screen: the month view with 3,000 occurrences in the month
// (budget: <= 2 ms, DESIGN.md), headless like the UI tests; plus the week and day views.
#include <benchmark/benchmark.h>

#include "headless_ui.h"
#include "kiosk/core/storage/sqlite.h"

namespace kiosk::test {
namespace {

// The demo, topped up to 3,000 occurrences in November 2026 spread over its days and events.
db::Database BusyMonth() {
  db::Database db = DemoDatabase();
  const int64_t existing =
      db::QueryInt(db, "SELECT count(*) FROM occurrences WHERE start_at LIKE '2026-11-%'");
  db::Statement add(db, R"sql(
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?1)
    INSERT INTO occurrences(event_id, recurrence_id, start_at, end_at)
    SELECT e.id, 'bench-' || i,
           printf('2026-11-%02dT%02d:%02d', 1 + i % 30, 8 + (i / 30) % 12, (i * 7) % 60),
           printf('2026-11-%02dT%02d:%02d', 1 + i % 30, 9 + (i / 30) % 12, (i * 7) % 60)
    FROM n JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM events) e
         ON e.k = n.i % (SELECT count(*) FROM events)
  )sql");
  add.Bind(1, 3000 - existing);
  add.Run();
  return db;
}

void FrameOf(benchmark::State& state, ui::CalendarView view, ImVec2 display) {
  db::Database db = BusyMonth();
  ui::UiOptions options;
  options.start_screen = ui::ScreenId::kCalendar;
  options.start_calendar_view = view;
  HeadlessUi h(db, options, display);
  h.Settle();  // queries run once; a frame redraws from the screen's caches
  for (auto _ : state) h.Frame();
  state.counters["occurrences"] = static_cast<double>(
      db::QueryInt(db, "SELECT count(*) FROM occurrences WHERE start_at LIKE '2026-11-%'"));
}

void BM_MonthFrame(benchmark::State& state) { FrameOf(state, ui::CalendarView::kMonth, ImVec2(1920, 1080)); }
void BM_MonthFramePortrait(benchmark::State& state) {
  FrameOf(state, ui::CalendarView::kMonth, ImVec2(1080, 1920));
}
void BM_WeekFrame(benchmark::State& state) { FrameOf(state, ui::CalendarView::kWeek, ImVec2(1920, 1080)); }
void BM_DayFrame(benchmark::State& state) { FrameOf(state, ui::CalendarView::kDay, ImVec2(1920, 1080)); }

BENCHMARK(BM_MonthFrame)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_MonthFramePortrait)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WeekFrame)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DayFrame)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace kiosk::test
