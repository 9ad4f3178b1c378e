// kiosk/core/calendar_import/calendar_import.h — the office calendar import from start to finish: read the
// file, parse it (iCalendar or CSV), resolve names, and write it in ONE transaction. Without skip_bad any
// problem leaves the database unchanged; with skip_bad the good events are written and the bad ones listed.
// Used by `kiosk-office import` and by the demo builder.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "kiosk/core/calendar_import/calendar_source.h"
#include "kiosk/core/calendar_import/calendar_store.h"
#include "kiosk/core/storage/sqlite.h"

namespace kiosk {

enum class CalendarFormat { kIcs, kCsv };

constexpr int kDefaultHorizonDays = 180;
constexpr size_t kMaxCalendarFileBytes = 256u * 1024 * 1024;

// .ics/.ical/.ifb -> iCalendar, .csv/.txt -> CSV (case-insensitive); nullopt otherwise.
std::optional<CalendarFormat> CalendarFormatFromPath(const std::filesystem::path& path);

// From the first of today's month (so the month view is complete) to today + horizon_days.
ImportWindow OfficeImportWindow(const LocalDate& today, int horizon_days = kDefaultHorizonDays);

struct CalendarImportReport {
  ImportProblems problems;
  int events_seen = 0;     // events (iCalendar UIDs or CSV rows) in the file
  int events_written = 0;  // 0 when nothing was committed
  bool committed = false;  // false: the database is exactly as before
  // Nothing was imported because every event had a problem (skip_bad with nothing good).
  bool nothing_good(bool skip_bad) const { return skip_bad && !committed && !problems.empty(); }
  StoreCounts counts;
  bool ok() const { return problems.empty(); }
};

// Parses without touching any database.
SourceCalendar ReadCalendarSource(std::string_view bytes, CalendarFormat format, const std::string& file_name,
                                  const std::filesystem::path& base_dir, const ImportWindow& window);

// Resolves and writes `source` inside the caller's transaction. Not committed (the caller rolls
// back) when `source` or the resolution has a problem and skip_bad is false, or when every event
// had a problem (skip_bad with nothing good to import).
// `defaults`: --site / --category for a plain calendar (site_category_resolver.h); an unknown one
// is a problem and nothing is written, whatever skip_bad says.
CalendarImportReport StoreCalendarSource(db::Database& db, SourceCalendar source, const ImportWindow& window,
                                         bool skip_bad, const PlainCalendarDefaults& defaults = {});

// Reads `path` and imports it in one transaction (committed only as described above).
CalendarImportReport ImportCalendarFile(db::Database& db, const std::filesystem::path& path,
                                        const ImportWindow& window, bool skip_bad,
                                        const PlainCalendarDefaults& defaults = {});

}  // namespace kiosk
