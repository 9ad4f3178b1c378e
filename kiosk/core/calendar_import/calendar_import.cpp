// kiosk/core/calendar_import/calendar_import.cpp — file reading, format choice and the all-or-nothing write.
#include "kiosk/core/calendar_import/calendar_import.h"

#include <algorithm>
#include <fstream>
#include <iterator>

#include "kiosk/core/calendar_import/csv_calendar_import.h"
#include "kiosk/core/calendar_import/ics_import.h"

namespace kiosk {

std::optional<CalendarFormat> CalendarFormatFromPath(const std::filesystem::path& path) {
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (extension == ".ics" || extension == ".ical" || extension == ".ifb") return CalendarFormat::kIcs;
  if (extension == ".csv" || extension == ".txt") return CalendarFormat::kCsv;
  return std::nullopt;
}

ImportWindow OfficeImportWindow(const LocalDate& today, int horizon_days) {
  return {LocalDate{today.year, today.month, 1}, today.AddDays(horizon_days)};
}

SourceCalendar ReadCalendarSource(std::string_view bytes, CalendarFormat format, const std::string& file_name,
                                  const std::filesystem::path& base_dir, const ImportWindow& window) {
  return format == CalendarFormat::kIcs ? ParseIcsCalendar(bytes, file_name, base_dir, window)
                                        : ParseCsvCalendar(bytes, file_name, base_dir, window);
}

CalendarImportReport StoreCalendarSource(db::Database& db, SourceCalendar source, const ImportWindow& window,
                                         bool skip_bad, const PlainCalendarDefaults& defaults) {
  CalendarImportReport report;
  report.events_seen = source.events_seen;
  report.problems = std::move(source.problems);
  CalendarStore store(db, NowInShanghai(), defaults);
  if (!store.CheckDefaults(source.file_name, report.problems)) return report;
  std::vector<std::pair<const SourceEvent*, ResolvedRefs>> good;
  for (const SourceEvent& event : source.events) {
    if (auto refs = store.Resolve(event, source.file_name, report.problems)) good.emplace_back(&event, *refs);
  }
  if (!report.problems.empty() && !skip_bad) return report;
  // Each event in its own savepoint: a row the database's own checks refuse is one problem with its
  // FILE:LINE (and, with skip_bad, skipped), never an abort of the whole file.
  for (const auto& [event, refs] : good) {
    const StoreCounts before = report.counts;
    db.Exec("SAVEPOINT import_event");
    try {
      store.Write(*event, refs, window, report.counts);
      db.Exec("RELEASE import_event");
      ++report.events_written;
    } catch (const db::SqliteError& error) {
      db.Exec("ROLLBACK TO import_event; RELEASE import_event");
      report.counts = before;
      if (!error.IsConstraint()) throw;  // locked, disk full, ...: the whole import fails (storage_failure.h)
      report.problems.push_back(
          {source.file_name, event->line, "", "数据库拒绝保存这个活动（有值不合规则）",
           "the database refused this event (a value breaks its rules: " + std::string(error.what()) + ")"});
      if (!skip_bad) return report;
    }
  }
  report.committed = true;
  return report;
}

CalendarImportReport ImportCalendarFile(db::Database& db, const std::filesystem::path& path,
                                        const ImportWindow& window, bool skip_bad,
                                        const PlainCalendarDefaults& defaults) {
  const std::string name = path.string();
  auto failed = [&](std::string zh, std::string en) {
    CalendarImportReport report;
    report.problems.push_back({name, 0, "", std::move(zh), std::move(en)});
    return report;
  };
  const auto format = CalendarFormatFromPath(path);
  if (!format) return failed("只能导入 .ics 或 .csv 文件", "only .ics and .csv files can be imported");
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) return failed("找不到文件", "file not found");
  if (std::filesystem::file_size(path, error) > kMaxCalendarFileBytes) {
    return failed("文件太大（最多 256 MB）", "file too large (at most 256 MB)");
  }
  std::ifstream in(path, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in && !in.eof()) return failed("无法读取文件", "cannot read the file");

  SourceCalendar source = ReadCalendarSource(bytes, *format, name, path.parent_path(), window);
  db::Transaction transaction(db);  // all of the file or none of it
  CalendarImportReport report = StoreCalendarSource(db, std::move(source), window, skip_bad, defaults);
  if (report.committed) transaction.Commit();
  return report;
}

}  // namespace kiosk
