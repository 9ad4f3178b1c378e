// kiosk/core/text/text_encoding.h — turns the bytes of a spreadsheet saved by Excel or WPS into UTF-8.
// Chinese Windows saves "CSV" as GBK; "CSV UTF-8" adds a byte-order mark; WPS may write either.
// Rule: bytes that are valid UTF-8 are UTF-8 (a BOM is dropped); anything else is read as GBK
// with ICU's converter, and bytes that are not GBK either are an error.
#pragma once

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

DecodedText DecodeSpreadsheetText(std::string_view bytes);
const char* EncodingName(TextEncoding encoding);  // "UTF-8", "UTF-8 (BOM)", "GBK"

// UTF-8 -> GB18030 (what Chinese receipt printers print), with ICU. GB18030 covers all of
// Unicode, so every valid character converts; invalid UTF-8 becomes '?'.
std::string Utf8ToGb18030(std::string_view utf8);

}  // namespace kiosk
