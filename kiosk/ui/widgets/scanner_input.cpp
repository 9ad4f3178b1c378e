// kiosk/ui/widgets/scanner_input.cpp — characters and Enter from ImGui's input queue (1.86 API:
// io.InputQueueCharacters, io.KeyMap[ImGuiKey_Enter] into io.KeysDown).
#include "kiosk/ui/widgets/scanner_input.h"

#include <imgui.h>
#include <imgui_internal.h>  // ImTextCharToUtf8

namespace kiosk::ui {
namespace {

constexpr double kForgetAfterSeconds = 2.0;  // a scanner types a whole code in well under a second
constexpr size_t kMaxLength = 64;            // a card holds a short code; more is noise

bool EnterPressed() {
  for (ImGuiKey key : {ImGuiKey_Enter, ImGuiKey_KeyPadEnter}) {
    const int index = ImGui::GetIO().KeyMap[key];
    if (index >= 0 && ImGui::IsKeyPressed(index, false)) return true;
  }
  return false;
}

}  // namespace

std::optional<std::string> ScannerInput::Poll() {
  const ImGuiIO& io = ImGui::GetIO();
  const double now = ImGui::GetTime();
  if (!buffer_.empty() && now - last_key_time_ > kForgetAfterSeconds) buffer_.clear();
  bool enter = false;
  for (const ImWchar c : io.InputQueueCharacters) {
    last_key_time_ = now;
    if (c == '\r' || c == '\n') {  // some scanners send the terminator as a character
      enter = true;
      break;
    }
    char utf8[5];
    if (buffer_.size() < kMaxLength) buffer_ += ImTextCharToUtf8(utf8, c);
  }
  if (!enter && EnterPressed()) enter = true;
  if (!enter) return std::nullopt;
  std::string text = std::move(buffer_);
  buffer_.clear();
  return text;
}

}  // namespace kiosk::ui
