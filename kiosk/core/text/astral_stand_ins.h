// kiosk/core/text/astral_stand_ins.h — characters above U+FFFF (𠀀 U+20000, 𪚥, 😀) as private-use
// stand-ins, for a renderer that holds only 16-bit characters (Debian's Dear ImGui replaces every
// 4-byte UTF-8 sequence by U+FFFD). Each such character gets its own code in [kFirst, kLast], the
// same one for as long as the table lives; the renderer's glyph for that code is the character's.
//
// Only what is drawn passes through here: the database, read-aloud, printing and CSV keep the real
// characters. Not thread-safe: one table per UI thread.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kiosk {

class AstralStandIns {
 public:
  // The range sits in the Private Use Area clear of every glyph of Debian's Material Icons font
  // (E000-F2xx, F8E8-F8FF), whose home-tile icons are merged at their own codes.
  static constexpr char32_t kBox = 0xF300;    // the replacement box: the table is full, or no font has it
  static constexpr char32_t kFirst = 0xF301;  // first stand-in
  static constexpr char32_t kLast = 0xF8E7;   // last stand-in
  static constexpr size_t kCapacity = kLast - kFirst + 1;  // 1,511 distinct characters

  // `on_full` gets one printable line, once, when the first character finds no code left.
  explicit AstralStandIns(std::function<void(std::string_view)> on_full = {});

  // The code `c` is drawn as: c itself for a character of 16 bits, except a private-use character
  // of the text inside [kBox, kLast], which is drawn as kBox (it cannot pass for another
  // character); for a character above U+FFFF its stand-in, assigned on first sight, or kBox once
  // the table is full.
  char32_t StandInFor(char32_t c);
  // The character `code` stands in for; `code` itself when it stands in for none (kBox included).
  char32_t CharacterFor(char32_t code) const;

  // `text` with every character replaced by the code it is drawn as; invalid bytes are kept as
  // they are (the renderer shows them as U+FFFD).
  std::string Shown(std::string_view text);
  // Back from Shown: every stand-in replaced by its character.
  std::string Real(std::string_view shown) const;

  // Characters given a stand-in so far, in the order they were first seen.
  const std::vector<char32_t>& characters() const { return characters_; }

 private:
  std::unordered_map<char32_t, char32_t> codes_;
  std::vector<char32_t> characters_;  // characters_[code - kFirst]
  std::function<void(std::string_view)> on_full_;
  bool full_reported_ = false;
};

// True when `text` may hold a character Shown changes (a 4-byte sequence or a code in the
// stand-ins' range); false means Shown(text) == text, so callers can skip the copy.
bool MayNeedStandIns(std::string_view text);

}  // namespace kiosk
