// kiosk/core/text/utf8.h — the one UTF-8 decoder of the kiosk, and the few operations built on it:
// validity, counting characters, cutting at a character boundary, walking the characters, and
// encoding one code point.
//
// "Character" here is a Unicode code point: 张 and 𠀀 (U+20000, Extension B) are one each, as is
// an emoji; a combining accent is one more. Strict, as RFC 3629 says: overlong forms, UTF-16
// surrogates (U+D800..U+DFFF), code points above U+10FFFF, truncated sequences and stray
// continuation bytes are invalid. Decoding uses ICU's U8_NEXT.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kiosk {

// What the first bytes of a text decode to.
struct Utf8CodePoint {
  char32_t value = 0;  // U+FFFD when the sequence is invalid
  size_t length = 0;   // bytes taken, at least 1 (an invalid sequence: its longest plausible start)
  bool valid = false;
};

// The code point at the start of `text`, which must not be empty.
Utf8CodePoint DecodeUtf8(std::string_view text);

// True when every byte belongs to a valid sequence (empty text is valid).
bool IsValidUtf8(std::string_view text);

// Characters in `text`; each invalid sequence counts as one.
size_t CountCodePoints(std::string_view text);

// The first `max_chars` characters of `text` (all of it when it has fewer).
std::string_view FirstCodePoints(std::string_view text, size_t max_chars);

// The longest start of `text` of at most `max_bytes` bytes that does not end mid-character.
std::string_view FitUtf8Bytes(std::string_view text, size_t max_bytes);

// Calls visit(value, bytes) for each character in order; bytes is its slice of `text`. An invalid
// sequence is visited as U+FFFD with its bytes.
template <typename Visit>
void ForEachCodePoint(std::string_view text, Visit&& visit) {
  for (size_t i = 0; i < text.size();) {
    const Utf8CodePoint c = DecodeUtf8(text.substr(i));
    visit(c.value, text.substr(i, c.length));
    i += c.length;
  }
}

// Appends the UTF-8 bytes of `c`; a surrogate or a value above U+10FFFF appends U+FFFD.
void AppendUtf8(std::string& out, char32_t c);

}  // namespace kiosk
