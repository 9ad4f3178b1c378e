// kiosk/core/text/csv_records.h — splits spreadsheet CSV text (as Excel and WPS write it, RFC 4180)
// into records, remembering the line each record starts on. Quoted fields may hold commas,
// doubled quotes and line breaks. A malformed record is reported and the rest still read.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk {

struct CsvSyntaxError {
  std::string zh;
  std::string en;
};

struct CsvRecord {
  int line = 0;  // physical line where the record starts
  std::vector<std::string> cells;
  std::optional<CsvSyntaxError> error;  // set: the record is malformed and `cells` is unusable
};

// Blank lines are skipped, and a leading byte-order mark (Excel, WPS). Cells are returned verbatim (no
// trimming). Errors: "引号没有结束，文件其余部分无法读取 / a quote is never closed; the rest of the
// file cannot be read" (the last record, at the line it starts on), "引号后面多了字符 /
// characters after a closing quote" (that record; reading goes on at the next line).
std::vector<CsvRecord> SplitCsvRecords(std::string_view text);

}  // namespace kiosk
