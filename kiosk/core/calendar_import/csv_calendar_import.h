// kiosk/core/calendar_import/csv_calendar_import.h — reads the activity calendar as office staff keep it in
// Excel or WPS and save it as CSV (UTF-8, UTF-8 with BOM, or GBK). One row is one activity; a repeating
// activity has an RRULE in its 重复 column. Columns (Chinese or English header, any order) are documented in
// tools/office/README.md; data/demo/example-calendar.csv is an example.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "kiosk/core/calendar_import/calendar_source.h"
#include "kiosk/core/text/csv_records.h"
#include "kiosk/core/text/text_encoding.h"

namespace kiosk {

// The rows of a calendar one at a time, holding one row (and a hash of each uid seen) whatever the
// file's size: `records` may come from a SpreadsheetTextReader (text_encoding.h) reading the file.
class CsvCalendarReader {
 public:
  // Reads the header row. Its problems, and every later row's, are appended to `problems`.
  CsvCalendarReader(CsvRecordReader& records, const std::string& file_name,
                    const std::filesystem::path& base_dir, const ImportWindow& window,
                    ImportProblems& problems);
  ~CsvCalendarReader();
  CsvCalendarReader(const CsvCalendarReader&) = delete;
  CsvCalendarReader& operator=(const CsvCalendarReader&) = delete;

  // The next row without a problem, as an event; nullopt at the end (or after a refused header).
  std::optional<SourceEvent> Next();
  int events_seen() const;  // rows read so far, good or bad

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// "file:line: 文件编码无法识别 / unknown text encoding (...)".
ImportProblem EncodingProblem(const std::string& file_name, const TextEncodingError& error);

// The whole file at once (a CsvCalendarReader read to its end): the demo, tests, small files.
// `bytes` as read from disk; `file_name` names the file in problems; `base_dir` resolves poster paths.
SourceCalendar ParseCsvCalendar(std::string_view bytes, const std::string& file_name,
                                const std::filesystem::path& base_dir, const ImportWindow& window);

}  // namespace kiosk
