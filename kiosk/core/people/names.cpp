// kiosk/core/people/names.cpp — display-name checks and masking, on UTF-8 code points.
#include "kiosk/core/people/names.h"

#include <cstdint>
#include <vector>

namespace kiosk {

namespace {

// Splits UTF-8 into code-point byte ranges. nullopt for malformed UTF-8 (overlong, truncated,
// surrogates, > U+10FFFF), so a name is either valid text or refused.
std::optional<std::vector<std::string_view>> SplitCodePoints(std::string_view text,
                                                             std::vector<char32_t>* values = nullptr) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < text.size()) {
    const auto lead = static_cast<unsigned char>(text[i]);
    size_t length = 0;
    char32_t value = 0;
    if (lead < 0x80) {
      length = 1;
      value = lead;
    } else if ((lead & 0xE0) == 0xC0) {
      length = 2;
      value = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
      length = 3;
      value = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
      length = 4;
      value = lead & 0x07;
    } else {
      return std::nullopt;
    }
    if (i + length > text.size()) return std::nullopt;
    for (size_t k = 1; k < length; ++k) {
      const auto next = static_cast<unsigned char>(text[i + k]);
      if ((next & 0xC0) != 0x80) return std::nullopt;
      value = (value << 6) | (next & 0x3F);
    }
    static constexpr char32_t kMinForLength[] = {0, 0, 0x80, 0x800, 0x10000};
    if (value < kMinForLength[length] || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
      return std::nullopt;
    }
    out.push_back(text.substr(i, length));
    if (values != nullptr) values->push_back(value);
    i += length;
  }
  return out;
}

bool IsSpace(char32_t c) { return c == U' ' || c == U'\t' || c == U'\u3000' || c == U'\u00A0'; }

bool IsControl(char32_t c) { return c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0x2028 || c == 0x2029; }

bool IsAllAscii(std::string_view text) {
  for (const char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

std::string MaskLatin(std::string_view name) {
  std::string out;
  bool at_word_start = true;
  bool masked_this_word = false;
  for (const char c : name) {
    if (c == ' ') {
      out += c;
      at_word_start = true;
      continue;
    }
    if (at_word_start) {
      out += c;
      at_word_start = false;
      masked_this_word = false;
    } else if (!masked_this_word) {
      out += '*';  // one star per word: the length of the name is not shown either
      masked_this_word = true;
    }
  }
  return out;
}

}  // namespace

NameCheck CheckDisplayName(std::string_view typed) {
  std::vector<char32_t> values;
  const auto points = SplitCodePoints(typed, &values);
  if (!points) return {std::nullopt, NameProblem::kInvalidCharacters};
  std::string cleaned;
  size_t count = 0;
  bool pending_space = false;
  for (size_t i = 0; i < points->size(); ++i) {
    if (IsSpace(values[i])) {
      pending_space = !cleaned.empty();
      continue;
    }
    if (IsControl(values[i])) return {std::nullopt, NameProblem::kInvalidCharacters};
    if (pending_space) {
      cleaned += ' ';
      ++count;
      pending_space = false;
    }
    cleaned += (*points)[i];
    ++count;
  }
  if (count > kMaxDisplayNameChars) return {std::nullopt, NameProblem::kTooLong};
  if (cleaned.empty()) return {std::nullopt, NameProblem::kNone};
  return {cleaned, NameProblem::kNone};
}

std::string MaskName(std::string_view name) {
  if (IsAllAscii(name)) return MaskLatin(name);
  const auto points = SplitCodePoints(name);
  if (!points) return MaskLatin(std::string(name.size(), 'x'));  // never echo broken bytes
  const size_t n = points->size();
  if (n <= 1) return std::string(name);
  std::string out((*points)[0]);
  if (n == 2) return out + "*";
  for (size_t i = 1; i + 1 < n; ++i) out += (*points)[i] == " " ? " " : "*";
  out += (*points)[n - 1];
  return out;
}

}  // namespace kiosk
