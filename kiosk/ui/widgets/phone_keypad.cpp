// kiosk/ui/widgets/phone_keypad.cpp — number display, keys and the keypad page layout.
#include "kiosk/ui/widgets/phone_keypad.h"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <cmath>

#include "kiosk/core/admin/admin_pin.h"
#include "kiosk/core/people/phone_hash.h"
#include "kiosk/ui/fonts.h"
#include "kiosk/ui/shown_text.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/touch_widgets.h"
#include "kiosk/ui/widgets/flow_widgets.h"

namespace kiosk::ui {
namespace {

constexpr size_t kMaxDigits = 11;
constexpr size_t kMaxPinDigits = 8;
constexpr float kKeyScale = 1.3f;          // keys 1.3x the minimum target: typed by unsteady fingers
constexpr float kPortraitKeyScale = 1.7f;  // portrait has the height to spare: bigger still

}  // namespace

void PhoneKeypad::Type(char digit) {
  message_.reset();
  if (digits_.size() < (mode_ == KeypadMode::kPin ? kMaxPinDigits : kMaxDigits)) digits_ += digit;
}

void PhoneKeypad::DrawDisplay(ScreenContext& ctx, float width) {
  (void)ctx;
  const ImGuiStyle& style = ImGui::GetStyle();
  ImFont* heading = HeadingFont();
  const float text_h = heading->FontSize * 1.2f;
  const float box_h = text_h + style.FramePadding.y * 2 + Em(0.4f);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const ImVec2 max(p.x + width, p.y + box_h);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(p, max, palette::Rgb(palette::kSurface), style.FrameRounding);
  draw->AddRect(p, max, palette::Rgb(palette::kText), style.FrameRounding, 0, 3.0f);
  std::string shown;
  if (mode_ == KeypadMode::kPin) {
    for (size_t i = 0; i < digits_.size(); ++i) shown += "* ";  // a PIN is never shown
  } else {
    shown = GroupedPhone(digits_);
  }
  const float pad = style.FramePadding.x * 1.5f;
  ImGui::SetCursorScreenPos(ImVec2(p.x + pad, p.y + (box_h - text_h) / 2));
  ImGui::PushFont(heading);
  ImGui::SetWindowFontScale(1.2f);
  ShowText(shown);
  const float text_w = MeasureText(shown).x;
  ImGui::SetWindowFontScale(1.0f);
  ImGui::PopFont();
  // A caret after the last digit: where the next one goes.
  const float cx = p.x + pad + text_w + 3;
  draw->AddLine(ImVec2(cx, p.y + box_h * 0.2f), ImVec2(cx, p.y + box_h * 0.8f), palette::Rgb(palette::kText),
                3.0f);
  ImGui::SetCursorScreenPos(ImVec2(p.x, max.y + style.ItemSpacing.y));
  ImGui::Dummy(ImVec2(width, 0));
  if (message_) NoticeBox(*message_, width);
}

bool PhoneKeypad::DrawKeys(ScreenContext& ctx, ImVec2 min, ImVec2 max, const char* submit) {
  // Five rows (1-3, 4-6, 7-9, 清空 0 删除, the flow's button), three columns.
  const float gap = std::max({6.0f, Em(0.3f), MinTargetGapPx()});
  const float width = max.x - min.x, height = max.y - min.y;
  const float scale = ctx.portrait() ? kPortraitKeyScale : kKeyScale;
  const float key_h = std::max(MinTargetPx(), std::min(MinTargetPx() * scale, (height - gap * 4) / 5));
  const float key_w = std::max(MinTargetPx(), std::min(key_h * 2.0f, (width - gap * 2) / 3));
  const float pad_w = key_w * 3 + gap * 2;
  const float x0 = min.x + (width - pad_w) / 2;
  float y = min.y;
  ButtonColors digit_colors = buttons::kSecondary;
  digit_colors.label_font = HeadingFont();  // digits large: they are what the eye checks
  constexpr std::array<char, 9> kDigits = {'1', '2', '3', '4', '5', '6', '7', '8', '9'};
  for (size_t i = 0; i < kDigits.size(); ++i) {
    const size_t col = i % 3;
    if (i > 0 && col == 0) y += key_h + gap;
    const char label[2] = {kDigits[i], 0};
    ImGui::SetCursorScreenPos(ImVec2(x0 + static_cast<float>(col) * (key_w + gap), y));
    if (TouchButton(ctx.touch, label, ImVec2(key_w, key_h), digit_colors, "digit")) Type(kDigits[i]);
  }
  y += key_h + gap;
  ImGui::SetCursorScreenPos(ImVec2(x0, y));
  if (TouchButton(ctx.touch, ctx.T(Str::kKeyClear), ImVec2(key_w, key_h), buttons::kNeutral, "digit")) {
    digits_.clear();
    message_.reset();
  }
  ImGui::SetCursorScreenPos(ImVec2(x0 + key_w + gap, y));
  if (TouchButton(ctx.touch, "0", ImVec2(key_w, key_h), digit_colors, "digit")) Type('0');
  ImGui::SetCursorScreenPos(ImVec2(x0 + (key_w + gap) * 2, y));
  if (TouchButton(ctx.touch, ctx.T(Str::kKeyDelete), ImVec2(key_w, key_h), buttons::kNeutral, "digit")) {
    if (!digits_.empty()) digits_.pop_back();
    message_.reset();
  }
  y += key_h + gap;
  ImGui::SetCursorScreenPos(ImVec2(x0, y));
  if (!TouchButton(ctx.touch, submit, ImVec2(pad_w, key_h), buttons::kPrimary, "submit")) return false;
  if (mode_ == KeypadMode::kPin) {
    if (IsValidAdminPin(digits_)) return true;
    message_ = ctx.T(Str::kAdminPinDigits);
    return false;
  }
  if (digits_.size() != kMaxDigits) {
    message_ = ctx.T(Str::kPhoneTooShort);
    return false;
  }
  if (!IsValidMainlandMobile(digits_)) {
    message_ = ctx.T(Str::kPhoneInvalid);
    return false;
  }
  return true;
}

bool PhoneKeypad::DrawPage(ScreenContext& ctx, const std::function<void(float width)>& context,
                           const char* submit) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const ImVec2 bottom_right(origin.x + avail.x, origin.y + avail.y);
  if (!ctx.portrait()) {
    // Landscape: what it is for and the number on the left, the keypad on the right.
    const float left_w = std::floor(avail.x * 0.48f);
    ImGui::SetCursorScreenPos(origin);
    ImGui::BeginGroup();
    if (context) context(left_w);
    ImGui::Dummy(ImVec2(0, Em(0.3f)));
    DrawDisplay(ctx, left_w);
    ImGui::EndGroup();
    return DrawKeys(ctx, ImVec2(origin.x + left_w + style.ItemSpacing.x * 3, origin.y), bottom_right, submit);
  }
  // Portrait: context and number on top, the keypad under them to the bottom.
  ImGui::BeginGroup();
  if (context) context(avail.x);
  ImGui::Dummy(ImVec2(0, Em(0.3f)));
  DrawDisplay(ctx, avail.x);
  ImGui::EndGroup();
  const float keys_top = ImGui::GetItemRectMax().y + style.ItemSpacing.y * 2;
  return DrawKeys(ctx, ImVec2(origin.x, keys_top), bottom_right, submit);
}

}  // namespace kiosk::ui
