// kiosk/core/people/names.cpp — display-name checks and masking, on UTF-8 code points.
#include "kiosk/core/people/names.h"

#include <vector>

#include "kiosk/core/text/utf8.h"

namespace kiosk {

namespace {

struct Character {
  char32_t value;
  std::string_view bytes;
};

// The characters of `text`; nullopt when it is not valid UTF-8, so a name is either valid text or
// refused.
std::optional<std::vector<Character>> Characters(std::string_view text) {
  if (!IsValidUtf8(text)) return std::nullopt;
  std::vector<Character> out;
  ForEachCodePoint(text, [&](char32_t value, std::string_view bytes) { out.push_back({value, bytes}); });
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
  const auto characters = Characters(typed);
  if (!characters) return {std::nullopt, NameProblem::kInvalidCharacters};
  std::string cleaned;
  size_t count = 0;
  bool pending_space = false;
  for (const Character& c : *characters) {
    if (IsSpace(c.value)) {
      pending_space = !cleaned.empty();
      continue;
    }
    if (IsControl(c.value)) return {std::nullopt, NameProblem::kInvalidCharacters};
    if (pending_space) {
      cleaned += ' ';
      ++count;
      pending_space = false;
    }
    cleaned += c.bytes;
    ++count;
  }
  if (count > kMaxDisplayNameChars) return {std::nullopt, NameProblem::kTooLong};
  if (cleaned.empty()) return {std::nullopt, NameProblem::kNone};
  return {cleaned, NameProblem::kNone};
}

std::string MaskName(std::string_view name) {
  if (IsAllAscii(name)) return MaskLatin(name);
  const auto characters = Characters(name);
  if (!characters) return MaskLatin(std::string(name.size(), 'x'));  // never echo broken bytes
  const size_t n = characters->size();
  if (n <= 1) return std::string(name);
  std::string out(characters->front().bytes);
  if (n == 2) return out + "*";
  for (size_t i = 1; i + 1 < n; ++i) out += (*characters)[i].value == U' ' ? " " : "*";
  out += characters->back().bytes;
  return out;
}

}  // namespace kiosk
