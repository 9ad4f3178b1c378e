// kiosk/core/text/csv_records.cpp — a small RFC 4180 state machine with line tracking, over text that
// arrives in chunks (refilled as the cursor nears the end of what it holds).
#include "kiosk/core/text/csv_records.h"

namespace kiosk {

CsvRecordReader::CsvRecordReader(ChunkSource source) : source_(std::move(source)) {}

CsvRecordReader::CsvRecordReader(std::string_view text) : buffer_(text) {}

int CsvRecordReader::At(size_t ahead) {
  while (pos_ + ahead >= buffer_.size() && source_) {
    if (pos_ > 0) {  // drop what was read: the buffer holds one chunk and the record being read
      buffer_.erase(0, pos_);
      pos_ = 0;
    }
    if (!source_(buffer_)) source_ = nullptr;
  }
  return pos_ + ahead < buffer_.size() ? static_cast<unsigned char>(buffer_[pos_ + ahead]) : -1;
}

void CsvRecordReader::SkipLineEnd() {
  if (At(0) == '\r') ++pos_;
  if (At(0) == '\n') ++pos_;
  ++line_;
}

std::optional<CsvRecord> CsvRecordReader::Next() {
  if (stopped_) return std::nullopt;
  if (!started_) {
    started_ = true;
    if (At(0) == 0xEF && At(1) == 0xBB && At(2) == 0xBF) pos_ += 3;
  }
  while (At(0) >= 0 && AtLineEnd()) SkipLineEnd();  // blank lines
  if (At(0) < 0) return std::nullopt;
  CsvRecord record;
  record.line = line_;
  std::string cell;
  for (;;) {
    if (At(0) == '"') {  // quoted cell
      ++pos_;
      bool closed = false;
      for (int c = At(0); c >= 0; c = At(0)) {
        if (c == '"') {
          if (At(1) == '"') {
            cell += '"';
            pos_ += 2;
            continue;
          }
          ++pos_;
          closed = true;
          break;
        }
        if (c == '\n') ++line_;
        cell += static_cast<char>(c);
        ++pos_;
      }
      if (!closed) {
        record.error = CsvSyntaxError{"引号没有结束，文件其余部分无法读取",
                                      "a quote is never closed; the rest of the file cannot be read"};
        stopped_ = true;
        return record;
      }
      if (!AtLineEnd() && At(0) != ',') {
        record.error = CsvSyntaxError{"引号后面多了字符", "characters after a closing quote"};
        while (!AtLineEnd()) ++pos_;  // resynchronise at the end of this line
      }
    } else {
      for (int c = At(0); c >= 0 && c != '\n' && c != '\r' && c != ','; c = At(0)) {
        cell += static_cast<char>(c);
        ++pos_;
      }
    }
    record.cells.push_back(std::move(cell));
    cell.clear();
    if (At(0) == ',') {
      ++pos_;
      continue;
    }
    SkipLineEnd();
    break;
  }
  return record;
}

std::vector<CsvRecord> SplitCsvRecords(std::string_view text) {
  CsvRecordReader reader(text);
  std::vector<CsvRecord> records;
  while (std::optional<CsvRecord> record = reader.Next()) records.push_back(std::move(*record));
  return records;
}

}  // namespace kiosk
