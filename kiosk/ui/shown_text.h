// kiosk/ui/shown_text.h — the one place text enters Dear ImGui: every text the UI draws or measures
// goes through these instead of ImGui's own text calls (shown_text_only_imgui_entry, a ctest, finds
// any other). A character above U+FFFF, which Debian's 16-bit ImGui would draw as U+FFFD, is handed
// over as its private-use stand-in (core/text/astral_stand_ins.h), whose glyph the atlas holds
// (fonts.h). Each mirrors the ImGui call named beside it, with the text as one string_view.
#pragma once

#include <imgui.h>

#include <string_view>

#include "kiosk/core/text/astral_stand_ins.h"

namespace kiosk::ui {

// The one table of this process (the UI thread's): the atlas gives each of its characters a glyph.
// When it is full, the log says so once (LogStoredValueSkipped).
AstralStandIns& StandIns();

// ImGui::TextUnformatted.
void ShowText(std::string_view text);
// ImGui::CalcTextSize in the current font; wrap_width < 0: one line.
ImVec2 MeasureText(std::string_view text, float wrap_width = -1.0f);
// font->CalcTextSizeA.
ImVec2 MeasureText(const ImFont* font, float px, float max_width, float wrap_width, std::string_view text);
// ImDrawList::AddText in the current font.
void DrawText(ImDrawList* draw, ImVec2 pos, ImU32 colour, std::string_view text);
// ImDrawList::AddText in `font` at `px`; wrap_width 0: one line.
void DrawText(ImDrawList* draw, const ImFont* font, float px, ImVec2 pos, ImU32 colour, std::string_view text,
              float wrap_width = 0.0f);
// ImGui::RenderTextWrapped.
void DrawTextWrapped(ImVec2 pos, std::string_view text, float wrap_width);

}  // namespace kiosk::ui
