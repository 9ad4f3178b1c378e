// kiosk/core/text/astral_stand_ins.cpp — the stand-in table of astral_stand_ins.h.
#include "kiosk/core/text/astral_stand_ins.h"

#include <cstdio>

#include "kiosk/core/text/utf8.h"

namespace kiosk {

AstralStandIns::AstralStandIns(std::function<void(std::string_view)> on_full)
    : on_full_(std::move(on_full)) {}

char32_t AstralStandIns::StandInFor(char32_t c) {
  if (c >= kBox && c <= kLast) return kBox;
  if (c <= 0xFFFF) return c;
  if (const auto found = codes_.find(c); found != codes_.end()) return found->second;
  if (characters_.size() >= kCapacity) {
    if (!full_reported_ && on_full_) {
      char line[160];
      std::snprintf(line, sizeof line,
                    "罕用字过多，其余显示为方框 / more than %zu distinct characters above U+FFFF: U+%04X and "
                    "later ones are shown as a box",
                    kCapacity, static_cast<unsigned>(c));
      on_full_(line);
    }
    full_reported_ = true;
    return kBox;
  }
  const char32_t code = kFirst + static_cast<char32_t>(characters_.size());
  characters_.push_back(c);
  codes_.emplace(c, code);
  return code;
}

char32_t AstralStandIns::CharacterFor(char32_t code) const {
  if (code < kFirst || code > kLast) return code;
  const size_t index = code - kFirst;
  return index < characters_.size() ? characters_[index] : code;
}

std::string AstralStandIns::Shown(std::string_view text) {
  if (!MayNeedStandIns(text)) return std::string(text);
  std::string shown;
  shown.reserve(text.size());
  ForEachCodePoint(text, [&](char32_t c, std::string_view bytes) {
    const char32_t code = StandInFor(c);
    if (code == c) {
      shown.append(bytes);  // unchanged, or an invalid sequence kept as it was
    } else {
      AppendUtf8(shown, code);
    }
  });
  return shown;
}

std::string AstralStandIns::Real(std::string_view shown) const {
  if (!MayNeedStandIns(shown)) return std::string(shown);
  std::string real;
  real.reserve(shown.size() + shown.size() / 3);
  ForEachCodePoint(shown, [&](char32_t c, std::string_view bytes) {
    const char32_t character = CharacterFor(c);
    if (character == c) {
      real.append(bytes);
    } else {
      AppendUtf8(real, character);
    }
  });
  return real;
}

bool MayNeedStandIns(std::string_view text) {
  // Lead bytes: F0-F4 start every 4-byte sequence, EF every code in U+F000-U+FFFF.
  for (const char byte : text)
    if (static_cast<unsigned char>(byte) >= 0xEF) return true;
  return false;
}

}  // namespace kiosk
