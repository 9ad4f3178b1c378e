// kiosk/core/text/text_encoding.cpp — UTF-8 or GBK (IsValidUtf8 decides), GBK -> UTF-8 with ICU ucnv.
#include "kiosk/core/text/text_encoding.h"

#include <unicode/ucnv.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <memory>
#include <sstream>
#include <utility>
#include <vector>

#include "kiosk/core/text/utf8.h"

namespace kiosk {

namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

int LineAt(std::string_view bytes, size_t offset) {
  return 1 + static_cast<int>(std::count(bytes.begin(), bytes.begin() + static_cast<long>(offset), '\n'));
}

struct ConverterCloser {
  void operator()(UConverter* converter) const { ucnv_close(converter); }
};

// `bytes` are whole lines starting at line `first_line` of the file (for the error's line).
std::string GbkToUtf8(std::string_view bytes, int first_line) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open("GBK", &status));
  if (U_FAILURE(status)) throw TextEncodingError(0, "ICU has no GBK converter");
  ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  std::vector<UChar> utf16(bytes.size() + 1);  // GBK never takes fewer bytes than UTF-16 units
  UChar* target = utf16.data();
  const char* source = bytes.data();
  ucnv_toUnicode(converter.get(), &target, utf16.data() + utf16.size(), &source, bytes.data() + bytes.size(),
                 nullptr, /*flush=*/true, &status);
  if (U_FAILURE(status)) {
    throw TextEncodingError(first_line - 1 + LineAt(bytes, static_cast<size_t>(source - bytes.data())),
                            "bytes that are neither UTF-8 nor GBK");
  }
  const auto length = static_cast<int32_t>(target - utf16.data());
  int32_t needed = 0;
  status = U_ZERO_ERROR;
  u_strToUTF8(nullptr, 0, &needed, utf16.data(), length, &status);  // preflight
  std::string utf8(static_cast<size_t>(needed), '\0');
  status = U_ZERO_ERROR;
  u_strToUTF8(utf8.data(), needed, nullptr, utf16.data(), length, &status);
  if (U_FAILURE(status)) throw TextEncodingError(0, "cannot convert GBK text to UTF-8");
  return utf8;
}

}  // namespace

SpreadsheetTextReader::SpreadsheetTextReader(std::istream& in) : in_(in) {
  std::string raw;
  bool utf8 = true;
  for (bool first = true; utf8 && ReadLines(raw); first = false) {
    std::string_view lines = raw;
    if (first && lines.starts_with(kUtf8Bom)) {
      encoding_ = TextEncoding::kUtf8WithBom;
      lines.remove_prefix(kUtf8Bom.size());
    }
    utf8 = IsValidUtf8(lines);
  }
  if (!utf8 && encoding_ == TextEncoding::kUtf8WithBom)
    throw TextEncodingError(0, "a UTF-8 byte-order mark followed by bytes that are not UTF-8");
  if (!utf8) encoding_ = TextEncoding::kGbk;
  in_.clear();
  in_.seekg(0);
  carry_.clear();
  bom_pending_ = encoding_ == TextEncoding::kUtf8WithBom;
}

bool SpreadsheetTextReader::ReadLines(std::string& raw) {
  size_t cut = std::string::npos;
  while (cut == std::string::npos && in_) {
    const size_t had = carry_.size();
    carry_.resize(had + kChunkBytes);
    in_.read(carry_.data() + had, static_cast<std::streamsize>(kChunkBytes));
    carry_.resize(had + static_cast<size_t>(in_.gcount()));
    const size_t newline = carry_.rfind('\n');  // the carried bytes hold none
    if (newline != std::string::npos) cut = newline + 1;
  }
  if (cut == std::string::npos) cut = carry_.size();  // the end of the file: whatever is left
  raw.assign(carry_, 0, cut);
  carry_.erase(0, cut);
  return !raw.empty();
}

bool SpreadsheetTextReader::NextChunk(std::string& out) {
  std::string raw;
  if (!ReadLines(raw)) return false;
  std::string_view lines = raw;
  if (std::exchange(bom_pending_, false)) lines.remove_prefix(kUtf8Bom.size());
  if (encoding_ == TextEncoding::kGbk) {
    out += GbkToUtf8(lines, line_);
  } else {
    out.append(lines);
  }
  line_ += static_cast<int>(std::count(raw.begin(), raw.end(), '\n'));
  return true;
}

DecodedText DecodeSpreadsheetText(std::string_view bytes) {
  std::istringstream in{std::string(bytes)};
  SpreadsheetTextReader reader(in);
  DecodedText text;
  text.encoding = reader.encoding();
  while (reader.NextChunk(text.utf8)) {
  }
  return text;
}

const char* EncodingName(TextEncoding encoding) {
  switch (encoding) {
    case TextEncoding::kUtf8:
      return "UTF-8";
    case TextEncoding::kUtf8WithBom:
      return "UTF-8 (BOM)";
    case TextEncoding::kGbk:
      return "GBK";
  }
  return "?";
}

std::string Utf8ToGb18030(std::string_view utf8) {
  std::string out(utf8.size() * 2 + 8, '\0');  // a character never takes more bytes than twice its UTF-8
  UErrorCode status = U_ZERO_ERROR;
  const int32_t n = ucnv_convert("GB18030", "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                                 utf8.data(), static_cast<int32_t>(utf8.size()), &status);
  if (U_FAILURE(status)) throw std::runtime_error("GB18030 conversion failed");
  out.resize(static_cast<size_t>(n));
  return out;
}

}  // namespace kiosk
