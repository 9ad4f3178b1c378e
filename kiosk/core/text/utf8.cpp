// kiosk/core/text/utf8.cpp — UTF-8 decoding with ICU's U8_NEXT, and the operations of utf8.h over it.
#include "kiosk/core/text/utf8.h"

#include <unicode/utf8.h>

#include <cstdint>

namespace kiosk {

Utf8CodePoint DecodeUtf8(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  // U8_NEXT indexes with int32_t; no single character is longer than 4 bytes.
  const auto length = static_cast<int32_t>(text.size() < 4 ? text.size() : 4);
  int32_t i = 0;
  UChar32 c = 0;
  U8_NEXT(s, i, length, c);
  if (c < 0) return {U'\uFFFD', static_cast<size_t>(i), false};
  return {static_cast<char32_t>(c), static_cast<size_t>(i), true};
}

bool IsValidUtf8(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    const Utf8CodePoint c = DecodeUtf8(text.substr(i));
    if (!c.valid) return false;
    i += c.length;
  }
  return true;
}

size_t CountCodePoints(std::string_view text) {
  size_t count = 0;
  ForEachCodePoint(text, [&](char32_t, std::string_view) { ++count; });
  return count;
}

std::string_view FirstCodePoints(std::string_view text, size_t max_chars) {
  size_t end = 0;
  for (size_t n = 0; n < max_chars && end < text.size(); ++n) end += DecodeUtf8(text.substr(end)).length;
  return text.substr(0, end);
}

std::string_view FitUtf8Bytes(std::string_view text, size_t max_bytes) {
  size_t end = 0;
  while (end < text.size()) {
    const size_t next = end + DecodeUtf8(text.substr(end)).length;
    if (next > max_bytes) break;
    end = next;
  }
  return text.substr(0, end);
}

void AppendUtf8(std::string& out, char32_t c) {
  if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) c = U'\uFFFD';
  uint8_t bytes[U8_MAX_LENGTH];
  int32_t length = 0;
  U8_APPEND_UNSAFE(bytes, length, c);
  out.append(reinterpret_cast<const char*>(bytes), static_cast<size_t>(length));
}

}  // namespace kiosk
