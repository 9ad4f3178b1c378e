// kiosk/core/text/csv_records.h — splits spreadsheet CSV text (as Excel and WPS write it, RFC 4180)
// into records, remembering the line each record starts on. Quoted fields may hold commas,
// doubled quotes and line breaks. A malformed record is reported and the rest still read.
// One splitter, two ways in: all at once (SplitCsvRecords) or one record at a time from text that
// arrives in chunks (CsvRecordReader), so a large file is never held whole.
#pragma once

#include <functional>
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
class CsvRecordReader {
 public:
  // Appends the next piece of text to `buffer`; false when there is no more. Pieces may end anywhere.
  using ChunkSource = std::function<bool(std::string& buffer)>;
  explicit CsvRecordReader(ChunkSource source);
  explicit CsvRecordReader(std::string_view text);  // the whole text at once

  // The next record; nullopt at the end (or after a quote that never closes).
  std::optional<CsvRecord> Next();

 private:
  int At(size_t ahead);  // the byte `ahead` past the cursor (0-255), or -1 past the end
  bool AtLineEnd() {
    const int c = At(0);
    return c < 0 || c == '\n' || c == '\r';
  }
  void SkipLineEnd();

  ChunkSource source_;
  std::string buffer_;
  size_t pos_ = 0;
  int line_ = 1;
  bool started_ = false;
  bool stopped_ = false;  // a quote never closed: nothing after it can be read
};

// Every record of `text` (a CsvRecordReader read to its end).
std::vector<CsvRecord> SplitCsvRecords(std::string_view text);

}  // namespace kiosk
