// kiosk/core/reports/csv_report.h — an office report as a spreadsheet file that Excel and WPS open
// right: UTF-8 with the byte-order mark, CRLF line ends (RFC 4180; both programs also read LF),
// every cell written by SpreadsheetCsvCell (text/csv_cell.h), so a title "=1+1" is shown as text.
// Written to stdout, or to a file that appears whole or not at all (temp name, fsync, rename).
#pragma once

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk {

class CsvReport {
 public:
  CsvReport();  // starts with the BOM

  // One line of cells.
  void Row(const std::vector<std::string>& cells);
  // An empty line between two tables of one report (e.g. volunteers, then teams).
  void BlankLine();

  const std::string& text() const { return text_; }

 private:
  std::string text_;
};

// Minutes as hours with two decimals, rounded half up: 65 -> "1.08", 90 -> "1.50".
std::string HoursCell(int64_t minutes);

// `out` empty: the text to `standard_out`. Otherwise written to a temp file beside `out`, fsynced and
// renamed over it, so a reader never sees half a report. Throws std::runtime_error (one line,
// Chinese then English) when the folder is missing or not writable.
void WriteReport(const std::string& text, const std::filesystem::path& out, std::FILE* standard_out);

}  // namespace kiosk
