// kiosk/core/text/csv_table.h — reads a small UTF-8 CSV file with a header row into named columns,
// remembering each row's line number so errors can say "rooms.csv:12: ...".
// RFC 4180 quoting ("a, b" and "" for a quote); lines starting with # and blank lines are skipped.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk {

// Thrown for malformed source files; what() starts with "file:line: ".
class SourceFileError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

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
  std::string file_name_;
  std::vector<std::string> header_;
  std::vector<Row> rows_;
};

}  // namespace kiosk
