// kiosk/ui/touch_widgets.cpp — TouchButton, TouchTile, TouchToggle.
#include "kiosk/ui/touch_widgets.h"

#include <imgui_internal.h>

#include <algorithm>
#include <string>

#include "kiosk/core/text/utf8.h"
#include "kiosk/ui/fonts.h"
#include "kiosk/ui/shown_text.h"

namespace kiosk::ui {

bool WhollyVisible(ImVec2 min, ImVec2 max) {
  const ImRect clip = ImGui::GetCurrentWindow()->ClipRect;
  const ImVec2 slack(ImGui::GetStyle().WindowPadding.x * 0.5f + 1.0f,
                     ImGui::GetStyle().WindowPadding.y * 0.5f + 1.0f);
  return min.x >= clip.Min.x - slack.x && min.y >= clip.Min.y - slack.y && max.x <= clip.Max.x + slack.x &&
         max.y <= clip.Max.y + slack.y;
}

namespace {

// Shared body of every touch widget: reserve, register, behave. Returns tapped; fills held.
bool TouchBehavior(TouchLayer& touch, std::string_view label, std::string_view id_suffix, ImVec2 size,
                   ImRect* out_bb, bool* out_held) {
  // `label` is the stable target label; the id never changes with what the widget shows.
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  if (window->SkipItems) return false;
  const std::string id_text = std::string(label) + "##" + std::string(id_suffix);
  const ImGuiID id = window->GetID(id_text.c_str());
  const float min_side = MinTargetPx();
  size.x = std::max(size.x, min_side);
  size.y = std::max(size.y, min_side);
  const ImVec2 pos = window->DC.CursorPos;
  const ImRect bb(pos, ImVec2(pos.x + size.x, pos.y + size.y));
  ImGui::ItemSize(size, 0.0f);
  *out_bb = bb;
  *out_held = false;
  if (!ImGui::ItemAdd(bb, id)) return false;
  if (!WhollyVisible(bb.Min, bb.Max)) return false;  // cut by a list's edge: drawn, not a target
  touch.AddTarget(label, bb.Min, bb.Max);
  bool hovered = false;
  const bool released_on_item = ImGui::ButtonBehavior(bb, id, &hovered, out_held, 0);
  // While a drag is in progress the finger is scrolling, not pressing.
  if (touch.IsDragGesture()) *out_held = false;
  return released_on_item && touch.TapAllowed();
}

ImU32 FillColour(const ButtonColors& colors, bool held) {
  return held ? PressedShade(colors.fill) : palette::Rgb(colors.fill);
}

// Draws a button showing `label`, registered as `target_label`.
bool LabelledButton(TouchLayer& touch, std::string_view label, std::string_view target_label, ImVec2 size,
                    const ButtonColors& colors, std::string_view id_suffix) {
  ImRect bb;
  bool held = false;
  const bool tapped = TouchBehavior(touch, target_label, id_suffix, size, &bb, &held);
  if (bb.GetWidth() <= 0) return false;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float rounding = ImGui::GetStyle().FrameRounding;
  draw->AddRectFilled(bb.Min, bb.Max, FillColour(colors, held), rounding);
  if (colors.outline) draw->AddRect(bb.Min, bb.Max, palette::Rgb(palette::kBorder), rounding, 0, 2.0f);

  // Wrap long labels (English, 大字) inside the button instead of clipping them.
  const float pad = ImGui::GetStyle().FramePadding.x;
  const float wrap = bb.GetWidth() - 2 * pad;
  ImFont* font = colors.label_font ? colors.label_font : ImGui::GetFont();
  const float font_px = colors.label_font ? colors.label_font->FontSize : ImGui::GetFontSize();
  const ImVec2 text = MeasureText(font, font_px, wrap, wrap, label);
  const ImVec2 text_pos(bb.Min.x + std::max(pad, (bb.GetWidth() - text.x) / 2),
                        bb.Min.y + std::max(0.0f, (bb.GetHeight() - text.y) / 2));
  DrawText(draw, font, font_px, text_pos, palette::Rgb(colors.text), label, wrap);
  return tapped;
}

}  // namespace

bool TouchButton(TouchLayer& touch, std::string_view label, ImVec2 size, const ButtonColors& colors,
                 std::string_view id_suffix) {
  return LabelledButton(touch, label, label, size, colors, id_suffix);
}

bool TouchButtonShowing(TouchLayer& touch, std::string_view target_label, std::string_view shown, ImVec2 size,
                        const ButtonColors& colors, std::string_view id_suffix) {
  return LabelledButton(touch, shown, target_label, size, colors, id_suffix);
}

bool TouchTile(TouchLayer& touch, std::string_view label, std::string_view subtitle, ImVec2 size,
               const ButtonColors& colors, std::string_view icon) {
  ImRect bb;
  bool held = false;
  const bool tapped = TouchBehavior(touch, label, {}, size, &bb, &held);
  if (bb.GetWidth() <= 0) return false;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImGuiStyle& style = ImGui::GetStyle();
  draw->AddRectFilled(bb.Min, bb.Max, FillColour(colors, held), style.FrameRounding * 1.5f);
  const float pad = style.WindowPadding.x;
  ImFont* font = ImGui::GetFont();
  const float size_px = ImGui::GetFontSize();
  ImFont* heading = HeadingFont();  // the tile's name in the larger face, its icon merged into it
  // The icon at the left, beside the words (never instead of them); none when the atlas lacks it.
  bool with_icon = !icon.empty();
  ForEachCodePoint(icon, [&](char32_t c, std::string_view) {
    with_icon = with_icon && heading->FindGlyphNoFallback(static_cast<ImWchar>(c)) != nullptr;
  });
  const float icon_w =
      with_icon ? MeasureText(heading, heading->FontSize, FLT_MAX, 0, icon).x + pad * 0.6f : 0.0f;
  // A name that fits one line without the icon but not beside it (大字) gets the icon above it.
  const float full_w = bb.GetWidth() - 2 * pad;
  const float one_line = MeasureText(heading, heading->FontSize, FLT_MAX, 0, label).x;
  const bool icon_above = with_icon && one_line > full_w - icon_w && one_line <= full_w &&
                          bb.GetHeight() >= heading->FontSize * 2.4f + style.FramePadding.y * 2;
  const float wrap = icon_above ? full_w : full_w - icon_w;
  const ImVec2 label_size = MeasureText(heading, heading->FontSize, wrap, wrap, label);
  const ImVec2 sub_size = subtitle.empty() ? ImVec2(0, 0) : MeasureText(subtitle, wrap);
  const float icon_line = icon_above ? heading->FontSize + style.ItemInnerSpacing.y : 0.0f;
  const float block_h =
      icon_line + label_size.y + (subtitle.empty() ? 0 : sub_size.y + style.ItemInnerSpacing.y);
  ImVec2 p(bb.Min.x + pad + (icon_above ? 0.0f : icon_w),
           bb.Min.y + std::max(style.FramePadding.y, (bb.GetHeight() - block_h) / 2));
  if (with_icon)
    DrawText(draw, heading, heading->FontSize,
             icon_above ? p : ImVec2(bb.Min.x + pad, bb.Min.y + (bb.GetHeight() - heading->FontSize) / 2),
             palette::Rgb(colors.text), icon);
  p.y += icon_line;
  DrawText(draw, heading, heading->FontSize, p, palette::Rgb(colors.text), label, wrap);
  if (!subtitle.empty()) {
    p.y += label_size.y + style.ItemInnerSpacing.y;
    DrawText(draw, font, size_px, p, palette::Rgb(colors.text), subtitle, wrap);
  }
  return tapped;
}

bool TouchArea(TouchLayer& touch, std::string_view label, std::string_view id_suffix, ImVec2 min,
               ImVec2 max) {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  if (window->SkipItems) return false;
  const std::string id_text = std::string(label) + "##area" + std::string(id_suffix);
  const ImGuiID id = window->GetID(id_text.c_str());
  const ImRect bb(min, max);
  if (!ImGui::ItemAdd(bb, id) || !WhollyVisible(min, max)) return false;
  touch.AddTarget(label, bb.Min, bb.Max);
  bool hovered = false, held = false;
  const bool released_on_item = ImGui::ButtonBehavior(bb, id, &hovered, &held, 0);
  if (held && !touch.IsDragGesture())
    ImGui::GetWindowDrawList()->AddRectFilled(bb.Min, bb.Max, IM_COL32(0, 0, 0, 24));  // pressed feedback
  return released_on_item && touch.TapAllowed();
}

bool TouchToggle(TouchLayer& touch, std::string_view label, bool on, ImVec2 size) {
  const std::string shown = on ? "✓ " + std::string(label) : std::string(label);
  return LabelledButton(touch, shown, label, size, on ? buttons::kNeutral : buttons::kSecondary, {});
}

}  // namespace kiosk::ui
