// kiosk/core/text/text_encoding.h — turns the bytes of a spreadsheet saved by Excel or WPS into UTF-8.
// Chinese Windows saves "CSV" as GBK; "CSV UTF-8" adds a byte-order mark; WPS may write either.
// Rule: bytes that are valid UTF-8 are UTF-8 (a BOM is dropped); anything else is read as GBK
// with ICU's converter, and bytes that are not GBK either are an error.
#pragma once

#include <istream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace kiosk {

enum class TextEncoding { kUtf8, kUtf8WithBom, kGbk };

struct DecodedText {
  std::string utf8;
  TextEncoding encoding = TextEncoding::kUtf8;
};

// Thrown when the bytes are neither UTF-8 nor GBK; line() is where the first bad byte is.
class TextEncodingError : public std::runtime_error {
 public:
  TextEncodingError(int line, const std::string& message) : std::runtime_error(message), line_(line) {}
  int line() const { return line_; }

 private:
  int line_;
};

// The whole of `bytes` at once (a SpreadsheetTextReader read to its end).
DecodedText DecodeSpreadsheetText(std::string_view bytes);

// A spreadsheet file as UTF-8 in pieces, never holding it whole: a first pass over `in` decides the
// encoding by the rule above, a second hands out whole lines (a GBK character never holds the byte
// of '\n'), each decoded. For an import of any size in a bounded amount of memory.
class SpreadsheetTextReader {
 public:
  // Reads `in` through once and rewinds it. Throws TextEncodingError (a BOM before bytes that are
  // not UTF-8).
  explicit SpreadsheetTextReader(std::istream& in);
  TextEncoding encoding() const { return encoding_; }
  // Appends the next lines as UTF-8 (no BOM) to `out`; false at the end of the file. Throws
  // TextEncodingError, at its line, for bytes that are neither UTF-8 nor GBK.
  bool NextChunk(std::string& out);

 private:
  static constexpr size_t kChunkBytes = 256 * 1024;
  bool ReadLines(std::string& raw);  // up to the last line end of the next chunk (all at the end)

  std::istream& in_;
  TextEncoding encoding_ = TextEncoding::kUtf8;
  std::string carry_;  // bytes read after the last line end handed out
  int line_ = 1;       // the line the next chunk starts on
  bool bom_pending_ = false;
};
const char* EncodingName(TextEncoding encoding);  // "UTF-8", "UTF-8 (BOM)", "GBK"

// UTF-8 -> GB18030 (what Chinese receipt printers print), with ICU. GB18030 covers all of
// Unicode, so every valid character converts; invalid UTF-8 becomes '?'.
std::string Utf8ToGb18030(std::string_view utf8);

}  // namespace kiosk
