// kiosk/core/text/csv_table.cpp — named columns over SplitCsvRecords, for the demo and reference files.
#include "kiosk/core/text/csv_table.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "kiosk/core/text/csv_records.h"
#include "kiosk/core/text/text_gate.h"

namespace kiosk {

namespace {

std::string Trim(std::string text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string::npos) return {};
  const auto last = text.find_last_not_of(" \t");
  return text.substr(first, last - first + 1);
}

}  // namespace

CsvTable CsvTable::Read(const std::string& path, const std::vector<std::string>& required_columns) {
  std::ifstream in(path, std::ios::binary);
  const std::string file_name = std::filesystem::path(path).filename().string();
  if (!in) throw SourceFileError(path + ": 无法打开文件 / cannot open file");
  std::ostringstream content;
  content << in.rdbuf();
  return Parse(content.str(), file_name, required_columns);
}

CsvTable CsvTable::Parse(std::string_view text, const std::string& file_name,
                         const std::vector<std::string>& required_columns) {
  CsvTable table;
  table.file_name_ = file_name;
  std::vector<Row> raw;
  for (CsvRecord& record : SplitCsvRecords(text)) {
    if (record.error) table.FailAt(record.line, record.error->zh, record.error->en);
    const bool blank = record.cells.size() == 1 && Trim(record.cells[0]).empty();
    const bool comment = record.cells[0].starts_with('#');
    if (!blank && !comment) raw.push_back(Row{record.line, std::move(record.cells)});
  }
  if (raw.empty()) table.FailAt(1, "缺少表头行", "missing header row");
  for (std::string& name : raw.front().cells) table.header_.push_back(Trim(std::move(name)));
  for (const std::string& column : required_columns) {
    if (std::find(table.header_.begin(), table.header_.end(), column) == table.header_.end()) {
      table.FailAt(raw.front().line, "表头缺少 \"" + column + "\" 列",
                   "header lacks column \"" + column + "\"");
    }
  }
  for (size_t i = 1; i < raw.size(); ++i) {
    Row row{raw[i].line, {}};
    for (std::string& cell : raw[i].cells) {
      row.cells.push_back(Trim(std::move(cell)));
      if (const auto refusal = CheckTextField(row.cells.back(), kMaxCsvTableCellChars, TextShape::kBody)) {
        const std::string column =
            row.cells.size() <= table.header_.size() ? table.header_[row.cells.size() - 1] : "";
        table.FailAt(row.line, column + ": " + refusal->zh, column + ": " + refusal->en);
      }
    }
    if (row.cells.size() != table.header_.size()) {
      const std::string expected = std::to_string(table.header_.size());
      const std::string found = std::to_string(row.cells.size());
      table.FailAt(row.line, "应有 " + expected + " 列，这一行有 " + found + " 列",
                   "expected " + expected + " columns, found " + found);
    }
    table.rows_.push_back(std::move(row));
  }
  return table;
}

const std::string& CsvTable::Cell(const Row& row, std::string_view column) const {
  const auto it = std::find(header_.begin(), header_.end(), column);
  if (it == header_.end()) {
    FailAt(row.line, "没有 \"" + std::string(column) + "\" 列", "no column \"" + std::string(column) + "\"");
  }
  return row.cells[static_cast<size_t>(it - header_.begin())];
}

void CsvTable::Fail(const Row& row, const std::string& message) const {
  throw SourceFileError(PrintableText(file_name_ + ":" + std::to_string(row.line) + ": " + message));
}

void CsvTable::FailAt(int line, std::string_view zh, std::string_view en) const {
  Fail(Row{line, {}}, std::string(zh) + " / " + std::string(en));
}

}  // namespace kiosk
