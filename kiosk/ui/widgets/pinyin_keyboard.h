// kiosk/ui/widgets/pinyin_keyboard.h — the big on-screen QWERTY keyboard with libgooglepinyin
// candidates, for typing Chinese without a system IME: activity search and the optional name at
// sign-up. Letters typed become candidates ("zw" -> 张伟 ...); tapping one commits it. Its 手写
// key swaps the letter keys for a handwriting pad (widgets/handwriting_pad.h) whose candidates
// appear in the same row and commit the same way; 拼音 swaps back.
//
// The widget holds only what was typed and the candidates for it; the screen that owns it
// clears it with Reset() (on leaving, Home and the idle reset).
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "kiosk/core/text/pinyin_input.h"
#include "kiosk/ui/screen_context.h"
#include "kiosk/ui/widgets/handwriting_pad.h"

namespace kiosk::ui {

class PinyinKeyboard {
 public:
  // with_space: the search field takes spaces; a name does not.
  explicit PinyinKeyboard(bool with_space = true) : with_space_(with_space) {}
  ~PinyinKeyboard();
  PinyinKeyboard(const PinyinKeyboard&) = delete;
  PinyinKeyboard& operator=(const PinyinKeyboard&) = delete;

  void Reset();
  // Chosen Chinese (and spaces) followed by the Latin letters not yet turned into Chinese.
  std::string text() const { return committed_ + letters_; }
  const std::string& committed() const { return committed_; }
  const std::string& letters() const { return letters_; }
  // True when the engine could not open (letters still type; the screen says so).
  bool unavailable() const { return unavailable_; }
  // True while the handwriting pad replaces the letter keys.
  bool handwriting() const { return handwriting_; }

  // Refreshes the candidates when the letters (or the handwriting) changed, or Invalidate() was
  // called: at most `max` of the engine's (or the pad's), those `accept` lets through (e.g. only
  // text that matches something).
  void UpdateCandidates(const std::function<bool(const std::string&)>& accept, size_t max = 16);
  void Invalidate() { dirty_ = true; }
  const std::vector<PinyinCandidate>& candidates() const { return candidates_; }

  // One row of candidate buttons from the cursor, between x0 and x1; moves the cursor below it.
  // `unavailable_text` is shown instead when the engine is missing.
  void DrawCandidates(ScreenContext& ctx, float x0, float x1, const char* unavailable_text);
  // Three rows of letters and 空格 / 手写 / 删除 / 清空, from the cursor, between x0 and x1; in
  // handwriting mode the pad with 重写 / 删除 / 拼音 beside it, in the same height.
  void DrawKeys(ScreenContext& ctx, float x0, float x1);
  // Height DrawKeys takes for that width.
  static float KeysHeight(float width);
  // The narrowest span whose ten-key row keeps every key at the minimum size and gap.
  static float MinKeysWidth();

 private:
  bool with_space_;
  std::unique_ptr<PinyinInput> pinyin_;
  bool unavailable_ = false;
  std::string committed_;
  std::string letters_;
  std::vector<PinyinCandidate> candidates_;
  std::string candidates_for_;
  bool dirty_ = true;
  HandwritingPad pad_;
  bool handwriting_ = false;
  uint64_t pad_generation_ = 0;  // the pad's candidates last copied into candidates_

  void DrawHandwriting(ScreenContext& ctx, float x0, float x1);
};

// The size of one key for a keyboard `width` wide (ten keys across the widest row).
struct KeySize {
  float w = 0, h = 0, gap = 0;
};
KeySize KeyboardKeySize(float width);

// True when the current font has a glyph for every character of `text` (a candidate without
// glyphs would render as '?').
bool FontHasAll(const std::string& text);

}  // namespace kiosk::ui
