// kiosk/core/reports/csv_report.cpp — report rows as spreadsheet CSV, and writing them whole.
#include "kiosk/core/reports/csv_report.h"

#include <cinttypes>

#include "kiosk/core/sync/share_files.h"
#include "kiosk/core/text/csv_cell.h"

namespace kiosk {

namespace {
constexpr std::string_view kLineEnd = "\r\n";
}

CsvReport::CsvReport() : text_(kCsvUtf8Bom) {}

void CsvReport::Row(const std::vector<std::string>& cells) {
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) text_ += ',';
    text_ += SpreadsheetCsvCell(cells[i]);
  }
  text_ += kLineEnd;
}

void CsvReport::BlankLine() { text_ += kLineEnd; }

std::string HoursCell(int64_t minutes) {
  const int64_t hundredths = (minutes * 100 + 30) / 60;  // minutes are never negative here
  char cell[32];
  std::snprintf(cell, sizeof cell, "%" PRId64 ".%02" PRId64, hundredths / 100, hundredths % 100);
  return cell;
}

void WriteReport(const std::string& text, const std::filesystem::path& out, std::FILE* standard_out) {
  if (out.empty()) {
    std::fwrite(text.data(), 1, text.size(), standard_out);
    std::fflush(standard_out);
    return;
  }
  sync::WriteFileDurably(out, text);  // temp name, fsync, rename, fsync the folder
}

}  // namespace kiosk
