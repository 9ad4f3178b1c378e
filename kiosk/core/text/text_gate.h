// kiosk/core/text/text_gate.h — the one check every imported text field passes before it may reach
// a database, and the one way to make any bytes printable inside an error line.
//
// A field is accepted when it is valid UTF-8 (text/utf8.h, strict), holds no control character
// (C0, DEL, C1; in a body a line break — LF or CR LF — is allowed, nothing else), no Unicode
// line/paragraph separator or bidirectional override outside a body, and is at most `max_chars`
// characters long. Why so strict: a NUL or a stray control byte stored once reaches every kiosk of
// the district and is drawn on every start; the kiosk must never have to guess what it means.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace kiosk {

enum class TextShape {
  kLine,  // titles, names, places, codes: one line
  kBody,  // descriptions: line breaks allowed
};

// Why a field was refused, in Chinese and English; never quotes the raw bytes.
struct TextGateRefusal {
  std::string zh;
  std::string en;
};

// nullopt: the text may be stored as it is. Checks the byte length first, so a 100 MB field is
// refused without being decoded.
std::optional<TextGateRefusal> CheckTextField(std::string_view text, size_t max_chars, TextShape shape);

// `text` made safe to print in one line: invalid UTF-8 becomes U+FFFD, a control character its
// escape ("\x00", "\n"), so a NUL can neither cut nor hide the rest of a message.
std::string PrintableText(std::string_view text);

}  // namespace kiosk
