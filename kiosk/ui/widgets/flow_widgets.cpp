// kiosk/ui/widgets/flow_widgets.cpp — formats, text blocks, fact rows, notices, messages.
#include "kiosk/ui/widgets/flow_widgets.h"

#include <imgui.h>
#include <imgui_internal.h>  // ImTextCharFromUtf8

#include <algorithm>
#include <cstdio>

#include "kiosk/core/people/phone_hash.h"
#include "kiosk/ui/fonts.h"
#include "kiosk/ui/screen_chrome.h"
#include "kiosk/ui/shown_text.h"
#include "kiosk/ui/theme.h"

namespace kiosk::ui {

std::string FormatText(const char* format, std::string_view value) {
  const std::string v(value);
  const int n = std::snprintf(nullptr, 0, format, v.c_str());
  std::string out(static_cast<size_t>(std::max(n, 0)) + 1, '\0');
  std::snprintf(out.data(), out.size(), format, v.c_str());
  out.resize(static_cast<size_t>(std::max(n, 0)));
  return out;
}

std::string GroupedPhone(std::string_view digits) {
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i == 3 || i == 7) out += ' ';
    out += digits[i];
  }
  return out;
}

std::string PhoneTailText(std::string_view digits, Lang lang) {
  return FormatText(Tr(Str::kPhoneTail, lang), PhoneLast4(digits));
}

std::string HoursMinutesText(int64_t minutes, Lang lang) {
  char buf[64];
  std::snprintf(buf, sizeof buf, Tr(Str::kHoursMinutes, lang), static_cast<int>(minutes / 60),
                static_cast<int>(minutes % 60));
  return buf;
}

std::string WhenText(const LocalDateTime& start, const LocalDateTime& end, Lang lang) {
  std::string text = FormatShortDate(start.date, lang) + " " + start.HourMinute() + "–";
  if (end.date != start.date) text += FormatShortDate(end.date, lang) + " ";
  return text + end.HourMinute();
}

void WrappedText(std::string_view text, float width, float scale, bool muted) {
  if (scale != 1.0f) ImGui::SetWindowFontScale(scale);
  if (muted) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + std::max(width, Em(3)));
  ShowText(text);
  ImGui::PopTextWrapPos();
  if (muted) ImGui::PopStyleColor();
  if (scale != 1.0f) ImGui::SetWindowFontScale(1.0f);
}

void HeadingText(std::string_view text, float width, float scale) {
  // The heading face covers only the fixed titles; a name or a number-filled sentence it lacks
  // a glyph for is drawn in the body face at the heading's size instead of showing '?'.
  ImFont* heading = HeadingFont();
  bool covered = true;
  for (const char* p = text.data(); p < text.data() + text.size();) {
    unsigned c = 0;
    const int n = ImTextCharFromUtf8(&c, p, text.data() + text.size());
    if (n <= 0 || heading->FindGlyphNoFallback(static_cast<ImWchar>(c)) == nullptr) {
      covered = false;
      break;
    }
    p += n;
  }
  if (covered) {
    ImGui::PushFont(heading);
    WrappedText(text, width, scale);
    ImGui::PopFont();
  } else {
    WrappedText(text, width, scale * kHeadingScale);
  }
}

void FactRow(std::string_view name, std::string_view value, float width) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float name_w = std::max(Em(3.2f), MeasureText(name).x + style.ItemSpacing.x * 2);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::PushStyleColor(ImGuiCol_Text, style.Colors[ImGuiCol_TextDisabled]);
  ShowText(name);
  ImGui::PopStyleColor();
  ImGui::SetCursorScreenPos(ImVec2(p.x + name_w, p.y));
  WrappedText(value, width - name_w);
  ImGui::SetCursorScreenPos(ImVec2(p.x, ImGui::GetItemRectMax().y + style.ItemSpacing.y * 0.6f));
  ImGui::Dummy(ImVec2(0, 0));
}

void NoticeBox(std::string_view text, float width) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float pad = Em(0.5f);
  const float bar = Em(0.35f);
  const ImVec2 size = MeasureText(text, width - pad * 2 - bar);
  const ImVec2 max(p.x + width, p.y + size.y + pad * 2);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(p, max, palette::Rgb(palette::kSurface), style.FrameRounding);
  draw->AddRect(p, max, palette::Rgb(palette::kPartyRed), style.FrameRounding, 0, 3.0f);
  draw->AddRectFilled(p, ImVec2(p.x + bar, max.y), palette::Rgb(palette::kPartyRed), style.FrameRounding);
  ImGui::SetCursorScreenPos(ImVec2(p.x + bar + pad, p.y + pad));
  WrappedText(text, width - pad * 2 - bar);
  ImGui::SetCursorScreenPos(ImVec2(p.x, max.y + style.ItemSpacing.y));
  ImGui::Dummy(ImVec2(0, 0));
}

bool MessageWithButton(ScreenContext& ctx, std::string_view message, std::string_view button) {
  (void)ctx;
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float width = std::min(avail.x, Em(26));
  const float x = ImGui::GetCursorScreenPos().x + (avail.x - width) / 2;
  ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + Em(2)));
  WrappedText(message, width, 1.25f);
  ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + Em(1.5f)));
  return TouchButton(ctx.touch, button, ImVec2(width, MinTargetPx() * 1.2f), buttons::kPrimary, "message");
}

}  // namespace kiosk::ui
