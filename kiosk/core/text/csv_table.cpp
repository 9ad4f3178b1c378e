// kiosk/core/text/csv_table.cpp — the CSV reader behind the demo source files (see csv_table.h).
#include "kiosk/core/text/csv_table.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace kiosk {

namespace {

struct RawRow {
  int line = 0;
  std::vector<std::string> cells;
};

// Splits the text into rows of cells; quoted cells may hold commas and line breaks.
std::vector<RawRow> SplitRows(std::string_view text, const std::string& file_name) {
  std::vector<RawRow> rows;
  RawRow row;
  std::string cell;
  bool in_quotes = false;
  bool row_has_content = false;
  int line = 1;
  row.line = 1;
  auto finish_row = [&] {
    row.cells.push_back(std::move(cell));
    cell.clear();
    const bool comment = !row.cells.empty() && !row.cells[0].empty() && row.cells[0][0] == '#';
    if (row_has_content && !comment) rows.push_back(std::move(row));
    row = RawRow{};
    row_has_content = false;
  };
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);  // a BOM left by Excel or WPS
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_quotes) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        cell += '"';
        ++i;
      } else if (c == '"') {
        in_quotes = false;
      } else {
        if (c == '\n') ++line;
        cell += c;
      }
      continue;
    }
    if (row.cells.empty() && cell.empty() && !row_has_content) row.line = line;
    if (c == '"') {
      in_quotes = true;
      row_has_content = true;
    } else if (c == ',') {
      row.cells.push_back(std::move(cell));
      cell.clear();
      row_has_content = true;
    } else if (c == '\n') {
      finish_row();
      ++line;
    } else if (c != '\r') {
      cell += c;
      if (c != ' ' && c != '\t') row_has_content = true;
    }
  }
  if (in_quotes) throw SourceFileError(file_name + ":" + std::to_string(line) + ": unterminated quote");
  finish_row();
  return rows;
}

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
  if (!in) throw SourceFileError(path + ": cannot open file");
  std::ostringstream content;
  content << in.rdbuf();
  return Parse(content.str(), file_name, required_columns);
}

CsvTable CsvTable::Parse(std::string_view text, const std::string& file_name,
                         const std::vector<std::string>& required_columns) {
  CsvTable table;
  table.file_name_ = file_name;
  std::vector<RawRow> raw = SplitRows(text, file_name);
  if (raw.empty()) throw SourceFileError(file_name + ":1: missing header row");
  for (std::string& name : raw.front().cells) table.header_.push_back(Trim(std::move(name)));
  for (const std::string& column : required_columns) {
    if (std::find(table.header_.begin(), table.header_.end(), column) == table.header_.end()) {
      throw SourceFileError(file_name + ":" + std::to_string(raw.front().line) + ": header lacks column \"" +
                            column + "\"");
    }
  }
  for (size_t i = 1; i < raw.size(); ++i) {
    Row row{raw[i].line, {}};
    for (std::string& cell : raw[i].cells) row.cells.push_back(Trim(std::move(cell)));
    if (row.cells.size() != table.header_.size()) {
      table.Fail(row, "expected " + std::to_string(table.header_.size()) + " columns, found " +
                          std::to_string(row.cells.size()));
    }
    table.rows_.push_back(std::move(row));
  }
  return table;
}

const std::string& CsvTable::Cell(const Row& row, std::string_view column) const {
  const auto it = std::find(header_.begin(), header_.end(), column);
  if (it == header_.end()) Fail(row, "no column \"" + std::string(column) + "\"");
  return row.cells[static_cast<size_t>(it - header_.begin())];
}

void CsvTable::Fail(const Row& row, const std::string& message) const {
  throw SourceFileError(file_name_ + ":" + std::to_string(row.line) + ": " + message);
}

}  // namespace kiosk
