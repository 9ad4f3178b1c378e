// kiosk/core/text/text_gate.cpp — the import text gate and printable error text, over text/utf8.h.
#include "kiosk/core/text/text_gate.h"

#include <cstdio>

#include "kiosk/core/text/utf8.h"

namespace kiosk {

namespace {

bool IsControl(char32_t c) { return c < 0x20 || (c >= 0x7F && c <= 0x9F); }

// Characters that move or break text invisibly: a title using them can hide or reorder a warning.
bool IsLayoutControl(char32_t c) {
  return c == 0x2028 || c == 0x2029 || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

std::string CodePointName(char32_t c) {
  char name[16];
  std::snprintf(name, sizeof name, "U+%04X", static_cast<unsigned>(c));
  return name;
}

}  // namespace

std::optional<TextGateRefusal> CheckTextField(std::string_view text, size_t max_chars, TextShape shape) {
  // Built only when refused: an export checks millions of fields through here.
  const auto too_long = [max_chars] {
    const std::string cap = std::to_string(max_chars);
    return TextGateRefusal{"内容太长（最多 " + cap + " 字）",
                           "text too long (at most " + cap + " characters)"};
  };
  if (text.size() > max_chars * 4) return too_long();  // no character is longer than 4 bytes
  size_t chars = 0;
  std::optional<TextGateRefusal> refusal;
  for (size_t i = 0; i < text.size() && !refusal;) {
    const Utf8CodePoint c = DecodeUtf8(text.substr(i));
    ++chars;
    const auto where = [chars] { return std::to_string(chars); };
    if (!c.valid) {
      refusal = TextGateRefusal{"第 " + where() + " 个字不是有效的 UTF-8 文字（请用 UTF-8 保存文件）",
                                "character " + where() + " is not valid UTF-8 (save the file as UTF-8)"};
    } else if (shape == TextShape::kBody &&
               (c.value == '\n' || (c.value == '\r' && i + 1 < text.size() && text[i + 1] == '\n'))) {
      // a line break in a description
    } else if (IsControl(c.value) || (shape == TextShape::kLine && IsLayoutControl(c.value))) {
      const bool line_break = c.value == '\n' || c.value == '\r' || c.value == 0x2028 || c.value == 0x2029;
      refusal = line_break
                    ? TextGateRefusal{"第 " + where() + " 个字是换行，这一项只能写一行",
                                      "character " + where() + " is a line break; this field is one line"}
                    : TextGateRefusal{
                          "第 " + where() + " 个字是看不见的控制字符 " + CodePointName(c.value) + "，请删除",
                          "character " + where() + " is the invisible control character " +
                              CodePointName(c.value) + "; delete it"};
    }
    i += c.length;
  }
  if (refusal) return refusal;
  if (chars > max_chars) return too_long();
  return std::nullopt;
}

std::string PrintableText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  ForEachCodePoint(text, [&](char32_t c, std::string_view bytes) {
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (IsControl(c) || IsLayoutControl(c)) {
      char escape[16];
      std::snprintf(escape, sizeof escape, c < 0x100 ? "\\x%02X" : "\\u%04X", static_cast<unsigned>(c));
      out += escape;
    } else if (c == 0xFFFD) {
      out += "\xEF\xBF\xBD";  // an invalid sequence is shown as one replacement character
    } else {
      out += bytes;
    }
  });
  return out;
}

}  // namespace kiosk
