// kiosk/ui/widgets/pinyin_keyboard.cpp — keys, candidates and the typed text.
#include "kiosk/ui/widgets/pinyin_keyboard.h"

#include <imgui.h>
#include <imgui_internal.h>  // ImTextCharFromUtf8, the decoder ImGui itself uses

#include <algorithm>
#include <array>

#include "kiosk/core/text/utf8.h"
#include "kiosk/ui/screens/calendar_widgets.h"
#include "kiosk/ui/shown_text.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/touch_widgets.h"

namespace kiosk::ui {
namespace {

constexpr std::array<const char*, 3> kKeyRows = {"QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM"};

void PopLastUtf8Char(std::string& s) {
  const size_t chars = CountCodePoints(s);
  if (chars > 0) s.resize(FirstCodePoints(s, chars - 1).size());  // one whole character gone
}

}  // namespace

bool FontHasAll(const std::string& text) {
  ImFont* font = ImGui::GetFont();
  const std::string shown = StandIns().Shown(text);  // as drawn: above U+FFFF by its stand-in
  const char* p = shown.c_str();
  const char* end = p + shown.size();
  while (p < end) {
    unsigned c = 0;
    const int n = ImTextCharFromUtf8(&c, p, end);
    if (n <= 0) return false;
    p += n;
    if (font->FindGlyphNoFallback(static_cast<ImWchar>(c)) == nullptr) return false;
  }
  return true;
}

KeySize KeyboardKeySize(float width) {
  // Ten keys across the widest row; the gap shrinks before a key drops under the minimum size.
  KeySize k;
  k.gap = std::max(MinTargetGapPx(), Em(0.2f));
  if ((width - k.gap * 9) / 10 < MinTargetPx())
    k.gap = std::max(MinTargetGapPx(), (width - MinTargetPx() * 10) / 9);
  k.w = std::max(MinTargetPx(), (width - k.gap * 9) / 10);
  k.h = std::max(MinTargetPx(), std::min(k.w, MinTargetPx() * 1.15f));
  return k;
}

float PinyinKeyboard::KeysHeight(float width) {
  const KeySize k = KeyboardKeySize(width);
  return 4 * (k.h + k.gap);
}

float PinyinKeyboard::MinKeysWidth() { return MinTargetPx() * 10 + MinTargetGapPx() * 9; }

PinyinKeyboard::~PinyinKeyboard() = default;

void PinyinKeyboard::Reset() {
  committed_.clear();
  letters_.clear();
  candidates_.clear();
  candidates_for_.clear();
  dirty_ = true;
  pad_.Clear();
  handwriting_ = false;
}

void PinyinKeyboard::UpdateCandidates(const std::function<bool(const std::string&)>& accept, size_t max) {
  if (!pinyin_ && !unavailable_) {
    try {
      pinyin_ = std::make_unique<PinyinInput>();
    } catch (const std::exception&) {
      unavailable_ = true;  // letters still type; the screen says candidates are unavailable
    }
  }
  if (handwriting_) {
    if (!dirty_ && pad_.generation() == pad_generation_) return;
    candidates_.clear();
    for (const HandwritingCandidate& c : pad_.candidates()) {
      if (accept && !accept(c.text)) continue;
      candidates_.push_back({c.text, 0});  // covers no letters: whatever was typed stays typed
      if (candidates_.size() == max) break;
    }
    pad_generation_ = pad_.generation();
    dirty_ = false;
    return;
  }
  if (!dirty_ && letters_ == candidates_for_) return;
  candidates_.clear();
  if (pinyin_ && !letters_.empty()) {
    for (PinyinCandidate& c : pinyin_->Candidates(letters_, 60)) {
      if (accept && !accept(c.text)) continue;
      candidates_.push_back(std::move(c));
      if (candidates_.size() == max) break;
    }
  }
  candidates_for_ = letters_;
  dirty_ = false;
}

void PinyinKeyboard::DrawCandidates(ScreenContext& ctx, float x0, float x1, const char* unavailable_text) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float h = MinTargetPx();
  const float y = ImGui::GetCursorScreenPos().y;
  if (unavailable_ && unavailable_text && !handwriting_) {
    DrawTextFit(ImGui::GetWindowDrawList(), ImVec2(x0, y + (h - ImGui::GetFontSize()) / 2), x1 - x0,
                ImGui::GetFontSize(), palette::Rgb(palette::kTextMuted), unavailable_text);
  }
  float x = x0;
  for (size_t i = 0; i < candidates_.size(); ++i) {
    const PinyinCandidate& c = candidates_[i];
    const float w = std::max(MinTargetPx(), MeasureText(c.text).x + style.FramePadding.x * 2);
    if (x + w > x1) break;
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    if (TouchButton(ctx.touch, c.text, ImVec2(w, h), buttons::kEmphasis, "candidate")) {
      committed_ += c.text;
      letters_ = letters_.substr(std::min(c.letters_used, letters_.size()));
      if (handwriting_) pad_.Clear();  // the next character starts on a clean pad
      dirty_ = true;
      break;  // the list changes with the letters
    }
    x += w + std::max(style.ItemSpacing.x * 0.6f, MinTargetGapPx());
  }
  ImGui::SetCursorScreenPos(ImVec2(x0, y + h + style.ItemSpacing.y));
}

void PinyinKeyboard::DrawHandwriting(ScreenContext& ctx, float x0, float x1) {
  const float width = x1 - x0;
  const KeySize k = KeyboardKeySize(width);
  const float y = ImGui::GetCursorScreenPos().y;
  const float height = KeysHeight(width) - k.gap;
  const float column_w = std::max(MinTargetPx() * 1.6f, width * 0.22f);
  const float button_h = (height - 2 * k.gap) / 3;
  pad_.Draw(ctx, ImVec2(x0, y), ImVec2(x1 - column_w - k.gap, y + height));
  const float bx = x1 - column_w;
  ImGui::SetCursorScreenPos(ImVec2(bx, y));
  if (TouchButton(ctx.touch, ctx.T(Str::kHandwritingRewrite), ImVec2(column_w, button_h),
                  buttons::kSecondary)) {
    pad_.Clear();
    dirty_ = true;
  }
  ImGui::SetCursorScreenPos(ImVec2(bx, y + button_h + k.gap));
  if (TouchButton(ctx.touch, ctx.T(Str::kKeyDelete), ImVec2(column_w, button_h), buttons::kNeutral))
    PopLastUtf8Char(committed_);
  ImGui::SetCursorScreenPos(ImVec2(bx, y + 2 * (button_h + k.gap)));
  if (TouchButton(ctx.touch, ctx.T(Str::kKeyPinyin), ImVec2(column_w, button_h), buttons::kEmphasis)) {
    handwriting_ = false;
    pad_.Clear();
    dirty_ = true;
  }
  ImGui::SetCursorScreenPos(ImVec2(x0, y + height + k.gap));
}

void PinyinKeyboard::DrawKeys(ScreenContext& ctx, float x0, float x1) {
  if (handwriting_) {
    DrawHandwriting(ctx, x0, x1);
    return;
  }
  const float width = x1 - x0;
  const KeySize k = KeyboardKeySize(width);
  float y = ImGui::GetCursorScreenPos().y;
  for (const char* row : kKeyRows) {
    const float n = static_cast<float>(std::char_traits<char>::length(row));
    float x = x0 + (width - (n * k.w + (n - 1) * k.gap)) / 2;
    for (const char* key = row; *key; ++key) {
      const char label[2] = {*key, 0};
      ImGui::SetCursorScreenPos(ImVec2(x, y));
      if (TouchButton(ctx.touch, label, ImVec2(k.w, k.h), buttons::kSecondary, "key"))
        letters_ += static_cast<char>(*key - 'A' + 'a');
      x += k.w + k.gap;
    }
    y += k.h + k.gap;
  }
  // [空格] | 手写 | 删除 | 清空
  const float space_w = with_space_ ? k.w * 4 + k.gap * 3 : 0;
  const float edit_w = (width - space_w - k.gap * (with_space_ ? 3 : 2)) / 3;
  float x = x0;
  if (with_space_) {
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    if (TouchButton(ctx.touch, ctx.T(Str::kKeySpace), ImVec2(space_w, k.h), buttons::kSecondary)) {
      committed_ += letters_;
      letters_.clear();
      if (!committed_.empty() && committed_.back() != ' ') committed_ += ' ';
    }
    x += space_w + k.gap;
  }
  ImGui::SetCursorScreenPos(ImVec2(x, y));
  if (TouchButton(ctx.touch, ctx.T(Str::kKeyHandwriting), ImVec2(edit_w, k.h), buttons::kEmphasis)) {
    committed_ += letters_;  // letters not yet turned into Chinese stay as typed
    letters_.clear();
    handwriting_ = true;
    dirty_ = true;
  }
  x += edit_w + k.gap;
  const ButtonColors& edit = buttons::kNeutral;
  ImGui::SetCursorScreenPos(ImVec2(x, y));
  if (TouchButton(ctx.touch, ctx.T(Str::kKeyDelete), ImVec2(edit_w, k.h), edit)) {
    if (!letters_.empty())
      letters_.pop_back();
    else
      PopLastUtf8Char(committed_);
  }
  ImGui::SetCursorScreenPos(ImVec2(x + edit_w + k.gap, y));
  if (TouchButton(ctx.touch, ctx.T(Str::kKeyClear), ImVec2(edit_w, k.h), edit)) {
    committed_.clear();
    letters_.clear();
  }
  ImGui::SetCursorScreenPos(ImVec2(x0, y + k.h + k.gap));
}

}  // namespace kiosk::ui
