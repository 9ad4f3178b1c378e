// kiosk/core/text/csv_table.h — reads a small UTF-8 CSV file with a header row into named columns,
// remembering each row's line number so errors can say "rooms.csv:12: ...". A thin layer over
// SplitCsvRecords (csv_records.h), so quoting is the office calendar's: "a, b", "" for a quote, line
// breaks inside quotes. Lines starting with # and blank lines are skipped; cells are trimmed, and
// every cell passes the text gate (text_gate.h: line breaks allowed, at most kMaxCsvTableCellChars).
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk {

// Thrown for malformed source files; what() starts with "file:line: ". The table's own problems read
// "rooms.csv:3: 应有 2 列，这一行有 1 列 / expected 2 columns, found 1".
class SourceFileError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

constexpr size_t kMaxCsvTableCellChars = 1000;

class CsvTable {
 public:
  struct Row {
    int line = 0;
    std::vector<std::string> cells;
  };

  // Throws SourceFileError if the file cannot be read, a quote is unbalanced, a row has the
  // wrong number of cells, or one of `required_columns` is missing from the header.
  static CsvTable Read(const std::string& path, const std::vector<std::string>& required_columns);
  static CsvTable Parse(std::string_view text, const std::string& file_name,
                        const std::vector<std::string>& required_columns);

  const std::vector<Row>& rows() const { return rows_; }
  // The cell of `row` under header `column` (must be one of the required columns).
  const std::string& Cell(const Row& row, std::string_view column) const;
  // "file:line: message", for errors about a row's content.
  [[noreturn]] void Fail(const Row& row, const std::string& message) const;
  const std::string& file_name() const { return file_name_; }

 private:
  [[noreturn]] void FailAt(int line, std::string_view zh, std::string_view en) const;

  std::string file_name_;
  std::vector<std::string> header_;
  std::vector<Row> rows_;
};

}  // namespace kiosk
