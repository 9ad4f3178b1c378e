// kiosk/ui/shown_text.cpp — text into ImGui with astral characters as their stand-ins.
#include "kiosk/ui/shown_text.h"

#include <imgui_internal.h>

#include <string>

#include "kiosk/core/storage/storage_failure.h"

namespace kiosk::ui {
namespace {

// `text` as ImGui can draw it: itself when nothing in it needs a stand-in (no copy), else the copy
// in `buffer`. Never a null pointer: ImGui reads a null end as "up to the NUL".
std::string_view Shown(std::string_view text, std::string& buffer) {
  if (text.empty()) return std::string_view("");
  if (!MayNeedStandIns(text)) return text;
  buffer = StandIns().Shown(text);
  return buffer;
}

const char* End(std::string_view text) { return text.data() + text.size(); }

}  // namespace

AstralStandIns& StandIns() {
  static AstralStandIns table([](std::string_view line) { LogStoredValueSkipped(line); });
  return table;
}

void ShowText(std::string_view text) {
  std::string buffer;
  const std::string_view shown = Shown(text, buffer);
  ImGui::TextUnformatted(shown.data(), End(shown));
}

ImVec2 MeasureText(std::string_view text, float wrap_width) {
  std::string buffer;
  const std::string_view shown = Shown(text, buffer);
  return ImGui::CalcTextSize(shown.data(), End(shown), false, wrap_width);
}

ImVec2 MeasureText(const ImFont* font, float px, float max_width, float wrap_width, std::string_view text) {
  std::string buffer;
  const std::string_view shown = Shown(text, buffer);
  return font->CalcTextSizeA(px, max_width, wrap_width, shown.data(), End(shown));
}

void DrawText(ImDrawList* draw, ImVec2 pos, ImU32 colour, std::string_view text) {
  std::string buffer;
  const std::string_view shown = Shown(text, buffer);
  draw->AddText(pos, colour, shown.data(), End(shown));
}

void DrawText(ImDrawList* draw, const ImFont* font, float px, ImVec2 pos, ImU32 colour, std::string_view text,
              float wrap_width) {
  std::string buffer;
  const std::string_view shown = Shown(text, buffer);
  draw->AddText(font, px, pos, colour, shown.data(), End(shown), wrap_width);
}

void DrawTextWrapped(ImVec2 pos, std::string_view text, float wrap_width) {
  std::string buffer;
  const std::string_view shown = Shown(text, buffer);
  ImGui::RenderTextWrapped(pos, shown.data(), End(shown), wrap_width);
}

}  // namespace kiosk::ui
