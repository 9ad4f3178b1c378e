// kiosk/core/calendar_import/calendar_import.cpp — file reading, format choice and the all-or-nothing write.
#include "kiosk/core/calendar_import/calendar_import.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <optional>

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

namespace {

// Writes events one at a time inside the caller's transaction, each in its own savepoint: a row the
// database's own checks refuse is one problem with its FILE:LINE (and, with skip_bad, skipped),
// never an abort of the whole file. Once a problem means nothing will be committed (no skip_bad),
// events are still resolved, for their problems, but no longer written.
class EventWriter {
 public:
  EventWriter(db::Database& db, const std::string& file_name, const ImportWindow& window, bool skip_bad,
              const PlainCalendarDefaults& defaults, CalendarImportReport& report)
      : db_(db),
        store_(db, NowInShanghai(), defaults),
        file_name_(file_name),
        window_(window),
        skip_bad_(skip_bad),
        report_(report) {}

  // An unknown --site or --category: a problem, and nothing is written whatever skip_bad says.
  bool CheckDefaults() { return store_.CheckDefaults(file_name_, report_.problems); }

  void Add(const SourceEvent& event) {
    const std::optional<ResolvedRefs> refs = store_.Resolve(event, file_name_, report_.problems);
    if (!refs || (!skip_bad_ && !report_.problems.empty())) return;
    const StoreCounts before = report_.counts;
    db_.Exec("SAVEPOINT import_event");
    try {
      store_.Write(event, *refs, window_, report_.counts);
      db_.Exec("RELEASE import_event");
      ++report_.events_written;
    } catch (const db::SqliteError& error) {
      db_.Exec("ROLLBACK TO import_event; RELEASE import_event");
      report_.counts = before;
      if (!error.IsConstraint()) throw;  // locked, disk full, ...: the whole import fails (storage_failure.h)
      report_.problems.push_back(
          {file_name_, event.line, "", "数据库拒绝保存这个活动（有值不合规则）",
           "the database refused this event (a value breaks its rules: " + std::string(error.what()) + ")"});
    }
  }

  // Decides whether the caller may commit: no problem, or skip_bad with something good written.
  // --skip-bad with nothing good is a failure, not "0 imported".
  void Finish() {
    report_.committed = report_.problems.empty() || (skip_bad_ && report_.events_written > 0);
    if (!report_.committed) {
      report_.events_written = 0;
      report_.counts = {};
    }
  }

 private:
  db::Database& db_;
  CalendarStore store_;
  const std::string& file_name_;
  const ImportWindow& window_;
  bool skip_bad_;
  CalendarImportReport& report_;
};

// A spreadsheet CSV read, parsed and written one chunk of lines and one row at a time: memory stays
// about the same whatever the file's size (no whole-file string, no vector of all rows).
CalendarImportReport ImportCsvStreaming(db::Database& db, const std::filesystem::path& path,
                                        const ImportWindow& window, bool skip_bad,
                                        const PlainCalendarDefaults& defaults) {
  const std::string name = path.string();
  CalendarImportReport report;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    report.problems.push_back({name, 0, "", "无法读取文件", "cannot read the file"});
    return report;
  }
  std::optional<SpreadsheetTextReader> text;
  try {
    text.emplace(in);
  } catch (const TextEncodingError& error) {
    report.problems.push_back(EncodingProblem(name, error));
    return report;
  }
  CsvRecordReader records([&text](std::string& buffer) { return text->NextChunk(buffer); });
  EventWriter writer(db, name, window, skip_bad, defaults, report);
  if (!writer.CheckDefaults()) return report;
  try {
    CsvCalendarReader rows(records, name, path.parent_path(), window, report.problems);
    while (const std::optional<SourceEvent> event = rows.Next()) writer.Add(*event);
    report.events_seen = rows.events_seen();
  } catch (const TextEncodingError& error) {  // GBK bytes that are not GBK, found on the way
    report.problems.push_back(EncodingProblem(name, error));
    report.committed = false;
    return report;
  }
  writer.Finish();
  return report;
}

// An iCalendar file read in two streamed passes (StreamIcsCalendar), each good event written as it
// is expanded: memory stays about the same whatever the file's size.
CalendarImportReport ImportIcsStreaming(db::Database& db, const std::filesystem::path& path,
                                        const ImportWindow& window, bool skip_bad,
                                        const PlainCalendarDefaults& defaults) {
  const std::string name = path.string();
  CalendarImportReport report;
  std::ifstream in(path, std::ios::binary);
  std::error_code error;
  const uint64_t size = std::filesystem::file_size(path, error);
  if (!in || error) {
    report.problems.push_back({name, 0, "", "无法读取文件", "cannot read the file"});
    return report;
  }
  const IcsBytes bytes = [&in](uint64_t offset, size_t count, std::string& buffer) {
    in.clear();
    in.seekg(static_cast<std::streamoff>(offset));
    const size_t before = buffer.size();
    buffer.resize(before + count);
    in.read(buffer.data() + before, static_cast<std::streamsize>(count));
    buffer.resize(before + static_cast<size_t>(in.gcount()));
    return buffer.size() > before;
  };
  EventWriter writer(db, name, window, skip_bad, defaults, report);
  if (!writer.CheckDefaults()) return report;
  report.events_seen = StreamIcsCalendar(bytes, size, name, path.parent_path(), window, report.problems,
                                         [&writer](SourceEvent&& event) { writer.Add(event); });
  if (in.bad()) {
    report.problems.push_back({name, 0, "", "无法读取文件", "cannot read the file"});
    report.committed = false;
    return report;
  }
  writer.Finish();
  return report;
}

}  // namespace

CalendarImportReport StoreCalendarSource(db::Database& db, SourceCalendar source, const ImportWindow& window,
                                         bool skip_bad, const PlainCalendarDefaults& defaults) {
  CalendarImportReport report;
  report.events_seen = source.events_seen;
  report.problems = std::move(source.problems);
  EventWriter writer(db, source.file_name, window, skip_bad, defaults, report);
  if (!writer.CheckDefaults()) return report;
  for (const SourceEvent& event : source.events) writer.Add(event);
  writer.Finish();
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
  if (*format == CalendarFormat::kCsv) {
    db::Transaction transaction(db);  // all of the file or none of it
    CalendarImportReport report = ImportCsvStreaming(db, path, window, skip_bad, defaults);
    if (report.committed) transaction.Commit();
    return report;
  }
  db::Transaction transaction(db);  // all of the file or none of it
  CalendarImportReport report = ImportIcsStreaming(db, path, window, skip_bad, defaults);
  if (report.committed) transaction.Commit();
  return report;
}

}  // namespace kiosk
