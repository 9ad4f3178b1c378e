// kiosk/core/text/csv_records.cpp — a small RFC 4180 state machine with line tracking.
#include "kiosk/core/text/csv_records.h"

namespace kiosk {

std::vector<CsvRecord> SplitCsvRecords(std::string_view text) {
  std::vector<CsvRecord> records;
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  size_t i = 0;
  int line = 1;
  const size_t n = text.size();
  auto at_line_end = [&](size_t p) { return p >= n || text[p] == '\n' || text[p] == '\r'; };
  auto skip_line_end = [&](size_t& p) {
    if (p < n && text[p] == '\r') ++p;
    if (p < n && text[p] == '\n') ++p;
    ++line;
  };
  while (i < n) {
    if (at_line_end(i)) {  // blank line
      skip_line_end(i);
      continue;
    }
    CsvRecord record;
    record.line = line;
    std::string cell;
    for (;;) {
      if (i < n && text[i] == '"') {  // quoted cell
        ++i;
        bool closed = false;
        while (i < n) {
          if (text[i] == '"') {
            if (i + 1 < n && text[i + 1] == '"') {
              cell += '"';
              i += 2;
              continue;
            }
            ++i;
            closed = true;
            break;
          }
          if (text[i] == '\n') ++line;
          cell += text[i++];
        }
        if (!closed) {
          record.error = CsvSyntaxError{"引号没有结束，文件其余部分无法读取",
                                        "a quote is never closed; the rest of the file cannot be read"};
          records.push_back(std::move(record));
          return records;
        }
        if (!at_line_end(i) && text[i] != ',') {
          record.error = CsvSyntaxError{"引号后面多了字符", "characters after a closing quote"};
          while (!at_line_end(i)) ++i;  // resynchronise at the end of this line
        }
      } else {
        while (!at_line_end(i) && text[i] != ',') cell += text[i++];
      }
      record.cells.push_back(std::move(cell));
      cell.clear();
      if (i < n && text[i] == ',') {
        ++i;
        continue;
      }
      skip_line_end(i);
      break;
    }
    records.push_back(std::move(record));
  }
  return records;
}

}  // namespace kiosk
