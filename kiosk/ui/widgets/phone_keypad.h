// kiosk/ui/widgets/phone_keypad.h — the big numeric keypad for a mobile number, and the page
// every flow asks for one with: what the number is for on one side (or on top, in portrait), the
// number grouped as "138 1234 5678" while typing, an inline message for a bad number, and
// 1-9, 清空, 0, 删除 plus the flow's button (下一步).
//
// At most 11 digits. The page accepts only IsValidMainlandMobile numbers; the caller then
// clears the keypad, so the whole number is never on screen again (only 尾号5678).
// KeypadMode::kPin is the same keypad for the staff PIN: 4-8 digits, shown as * only.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "kiosk/ui/screen_context.h"

namespace kiosk::ui {

enum class KeypadMode { kPhone, kPin };

class PhoneKeypad {
 public:
  PhoneKeypad() = default;
  explicit PhoneKeypad(KeypadMode mode) : mode_(mode) {}
  void Reset() { *this = PhoneKeypad{mode_}; }
  const std::string& digits() const { return digits_; }
  // A message under the number (the number is wrong, or not found): shown until the next key.
  void SetMessage(std::string text) { message_ = std::move(text); }
  const std::optional<std::string>& message() const { return message_; }

  // Draws the page in the content area below the top bar. `context` draws what the number is
  // for (an activity, "请输入手机号码…") in a column `width` wide. Returns true when `submit`
  // was tapped with a valid mainland mobile number (then digits() holds it).
  bool DrawPage(ScreenContext& ctx, const std::function<void(float width)>& context, const char* submit);

 private:
  void DrawDisplay(ScreenContext& ctx, float width);
  bool DrawKeys(ScreenContext& ctx, ImVec2 min, ImVec2 max, const char* submit);
  void Type(char digit);

  KeypadMode mode_ = KeypadMode::kPhone;
  std::string digits_;
  std::optional<std::string> message_;
};

}  // namespace kiosk::ui
