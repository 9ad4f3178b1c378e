// kiosk/core/calendar_import/ics_lines.h — the content-line layer of iCalendar (RFC 5545 section 3.1):
// unfolding continuation lines while remembering the physical line each logical line starts on (as the bytes
// arrive, or from a whole text), and splitting "NAME;PARAM=x;PARAM="y":value" into its parts. Values are left
// escaped.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kiosk {

struct IcsLine {
  int line = 0;             // physical line number where this logical line starts
  std::string text;         // unfolded
  uint64_t offset = 0;      // byte position of its first physical line in the file
  uint64_t end_offset = 0;  // byte position just after its last physical line (line end included)
};

// CRLF or LF line ends; a line starting with a space or tab continues the previous one; empty
// lines are skipped. Reads the bytes as they come, holding one logical line at a time.
class IcsLineReader {
 public:
  // `next_chunk` appends the next bytes to its argument and returns false when there are none.
  // The bytes start at physical line `first_line` (1 = the file's first) and at byte `first_offset`.
  explicit IcsLineReader(std::function<bool(std::string&)> next_chunk, int first_line = 1,
                         uint64_t first_offset = 0);
  // The next logical line; nullopt at the end.
  std::optional<IcsLine> Next();

 private:
  // The next physical line without its line end, valid until the next call; false at the end.
  bool NextPhysical(std::string_view& line);

  std::function<bool(std::string&)> next_chunk_;
  std::string buffer_;
  size_t pos_ = 0;  // first byte of buffer_ not yet read
  bool end_ = false;
  int physical_;                    // number of the next physical line
  uint64_t offset_;                 // file position of buffer_[pos_]
  uint64_t line_offset_ = 0;        // file position of the physical line NextPhysical returned
  std::optional<IcsLine> pending_;  // a logical line whose continuations may still follow
};

// All logical lines of a whole text (IcsLineReader over it).
std::vector<IcsLine> UnfoldIcsLines(std::string_view text);

struct IcsContentLine {
  std::string name;                                         // upper case, e.g. DTSTART or X-KIOSK-SITE
  std::vector<std::pair<std::string, std::string>> params;  // names upper case, quotes removed
  std::string value;                                        // still escaped
  std::optional<std::string> Param(std::string_view param_name) const;
};

// nullopt when there is no name or no ':' outside quotes.
std::optional<IcsContentLine> SplitIcsContentLine(std::string_view text);

// TEXT value unescaping: \n \N \, \; \\ (RFC 5545 3.3.11).
std::string UnescapeIcsText(std::string_view value);
// Splits a list value on commas that are not escaped (CATEGORIES, EXDATE, RDATE).
std::vector<std::string> SplitIcsList(std::string_view value);

}  // namespace kiosk
