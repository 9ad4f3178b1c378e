// kiosk/ui/theme.cpp — style, contrast arithmetic and the minimum target size.
#include "kiosk/ui/theme.h"

#include <algorithm>
#include <cmath>

namespace kiosk::ui {

float BodyFontPixels(const display::PanelGeometry& panel, bool large_text, float glyph_per_font_px) {
  const double glyph_px = panel.Px(display::goals::kDesignBodyGlyphMm);
  const float px = std::ceil(static_cast<float>(glyph_px) / glyph_per_font_px);
  return std::max(16.0f, large_text ? std::ceil(px * kLargeTextScale) : px);
}

void BindPanel(const PanelSetting* panel) { ImGui::GetIO().UserData = const_cast<PanelSetting*>(panel); }

display::PanelGeometry CurrentPanel() {
  const ImGuiIO& io = ImGui::GetIO();
  const auto* bound = static_cast<const PanelSetting*>(io.UserData);
  return display::PanelGeometry{bound ? bound->diagonal_inches : PanelSetting{}.diagonal_inches,
                                std::max(1, static_cast<int>(io.DisplaySize.x)),
                                std::max(1, static_cast<int>(io.DisplaySize.y))};
}

float PxForMm(double mm) { return static_cast<float>(CurrentPanel().Px(mm)); }

namespace {
double Linear(unsigned channel) {
  const double c = channel / 255.0;
  return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
double Luminance(unsigned rgb) {
  return 0.2126 * Linear((rgb >> 16) & 0xff) + 0.7152 * Linear((rgb >> 8) & 0xff) +
         0.0722 * Linear(rgb & 0xff);
}
ImVec4 ToVec4(unsigned rgb) { return ImGui::ColorConvertU32ToFloat4(palette::Rgb(rgb)); }
}  // namespace

double ContrastRatio(unsigned rgb_a, unsigned rgb_b) {
  const double la = Luminance(rgb_a), lb = Luminance(rgb_b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

ImU32 PressedShade(unsigned rgb) {
  const auto shade = [](unsigned c) { return static_cast<unsigned>(c * 0.7); };
  return IM_COL32(shade((rgb >> 16) & 0xff), shade((rgb >> 8) & 0xff), shade(rgb & 0xff), 0xff);
}

void ApplyKioskStyle(ImGuiStyle& style, float font_px) {
  style = ImGuiStyle();
  style.WindowPadding = ImVec2(font_px * 0.6f, font_px * 0.5f);
  style.FramePadding = ImVec2(font_px * 0.5f, font_px * 0.4f);
  style.ItemSpacing = ImVec2(font_px * 0.5f, font_px * 0.45f);
  style.ItemInnerSpacing = ImVec2(font_px * 0.3f, font_px * 0.3f);
  style.ScrollbarSize = font_px * 0.5f;  // a visible hint that the list scrolls; dragging is the way
  style.WindowRounding = 0;
  style.ChildRounding = font_px * 0.3f;
  style.FrameRounding = font_px * 0.3f;
  style.WindowBorderSize = 0;
  style.ChildBorderSize = 0;
  style.TouchExtraPadding = ImVec2(0, 0);
  style.AntiAliasedFill = true;

  ImVec4* c = style.Colors;
  c[ImGuiCol_Text] = ToVec4(palette::kText);
  c[ImGuiCol_TextDisabled] = ToVec4(palette::kTextMuted);
  c[ImGuiCol_WindowBg] = ToVec4(palette::kBackground);
  c[ImGuiCol_ChildBg] = ToVec4(palette::kSurface);
  c[ImGuiCol_PopupBg] = ToVec4(palette::kSurface);
  c[ImGuiCol_Border] = ToVec4(palette::kBorder);
  c[ImGuiCol_ScrollbarBg] = ToVec4(palette::kSurface);
  c[ImGuiCol_ScrollbarGrab] = ToVec4(palette::kBorder);
  c[ImGuiCol_ScrollbarGrabHovered] = ToVec4(palette::kBorder);
  c[ImGuiCol_ScrollbarGrabActive] = ToVec4(palette::kText);
  c[ImGuiCol_Separator] = ToVec4(palette::kBorder);
}

float MinTargetPx() {
  // 1.8 em: one line of the button's text with its padding above and below.
  return std::max(std::ceil(PxForMm(display::goals::kDesignTargetMm)),
                  std::round(ImGui::GetFontSize() * 1.8f));
}

float MinTargetGapPx() { return std::ceil(PxForMm(display::goals::kMinGapMm + 0.5)); }

const std::vector<ColourPair>& TextColourPairs() {
  using namespace palette;
  static const std::vector<ColourPair> pairs = [] {
    std::vector<ColourPair> list = {
        {"body text on paper", kText, kBackground},
        {"body text on a list / cell / white button", kText, kSurface},
        {"muted text (end time, place, lunar day) on white", kTextMuted, kSurface},
        {"muted text on paper", kTextMuted, kBackground},
        {"white on the header bar / primary button / today tag", kOnDark, kPartyRed},
        {"white on the 活动日历 tile, search, candidates", kOnDark, kTileBlue},
        {"white on the volunteer tile and button", kOnDark, kTileGreen},
        {"white on the orange tile", kOnDark, kTileOrange},
        {"white on the booking tile", kOnDark, kTilePurple},
        {"white on the 我的报名与预约 tile", kOnDark, kTileTeal},
        {"white on the week view's day header, editing keys", kOnDark, kNeutralButton},
        {"red 周六/周日, festivals, day numbers, 已满 on a white cell", kPartyRed, kSurface},
        {"red 周六/周日 headers on paper", kPartyRed, kBackground},
        {"pinyin letters not yet Chinese, in a white typing field", kTileBlue, kSurface},
    };
    // Pressed buttons keep their text readable.
    for (unsigned fill :
         {kPartyRed, kTileBlue, kTileGreen, kTileOrange, kTilePurple, kTileTeal, kNeutralButton}) {
      const ImU32 c = PressedShade(fill);  // IM_COL32: red in the low byte
      list.push_back(
          {"white on a pressed button", kOnDark, ((c & 0xFFu) << 16) | (c & 0xFF00u) | ((c >> 16) & 0xFFu)});
    }
    return list;
  }();
  return pairs;
}

const std::vector<ColourPair>& EdgeColourPairs() {
  using namespace palette;
  static const std::vector<ColourPair> pairs = {
      {"outline of a white button / month cell / seats badge on white", kBorder, kSurface},
      {"the same outline on paper", kBorder, kBackground},
      {"list divider on white", kBorder, kSurface},
      {"today's frame, a section heading's bar on white", kPartyRed, kSurface},
      {"a section heading's bar on paper", kPartyRed, kBackground},
      {"a QR code's modules on its white square", 0x000000, kSurface},
  };
  return pairs;
}

}  // namespace kiosk::ui
