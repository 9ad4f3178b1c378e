// kiosk/core/text/csv_cell.cpp — one spreadsheet-safe CSV cell.
#include "kiosk/core/text/csv_cell.h"

namespace kiosk {

std::string SpreadsheetCsvCell(std::string_view text) {
  std::string cell;
  if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos) cell = "'";
  cell += text;
  if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
  std::string quoted = "\"";
  for (const char c : cell) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

}  // namespace kiosk
