// kiosk/core/calendar_import/source_rows.h — private to kiosk_core: small helpers for loading rows of the
// reference and demo CSV files (code lookups, whole numbers, inserts whose constraint failures
// name the file and line).
#pragma once

#include <optional>
#include <string>

#include "kiosk/core/text/csv_table.h"
#include "kiosk/core/calendar_import/reference_data.h"
#include "kiosk/core/storage/sqlite.h"

namespace kiosk::source_rows {

inline int64_t Lookup(const CodeMap& ids, const CsvTable& table, const CsvTable::Row& row, std::string_view column) {
  const std::string& code = table.Cell(row, column);
  const auto it = ids.find(code);
  if (it == ids.end()) table.Fail(row, "unknown " + std::string(column) + " \"" + code + "\"");
  return it->second;
}

inline std::optional<int64_t> LookupOptional(const CodeMap& ids, const CsvTable& table, const CsvTable::Row& row,
                                      std::string_view column) {
  if (table.Cell(row, column).empty()) return std::nullopt;
  return Lookup(ids, table, row, column);
}

inline int ParseInt(const CsvTable& table, const CsvTable::Row& row, std::string_view column) {
  const std::string& text = table.Cell(row, column);
  size_t used = 0;
  int value = 0;
  try {
    value = std::stoi(text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (text.empty() || used != text.size()) {
    table.Fail(row, std::string(column) + " must be a whole number, not \"" + text + "\"");
  }
  return value;
}

// Runs one row's insert; a constraint failure becomes an error naming the file and line.
inline void InsertRow(db::Statement& insert, const CsvTable& table, const CsvTable::Row& row) {
  try {
    insert.Run();
  } catch (const db::SqliteError& error) {
    table.Fail(row, error.what());
  }
  insert.Reset();
}

}  // namespace kiosk::source_rows
