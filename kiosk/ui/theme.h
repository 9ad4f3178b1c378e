// kiosk/ui/theme.h — colours, sizes and the touch rules, in font units.
//
// Touch rules (DESIGN.md, twice the MIIT elder-version minimums), measured on the configured
// panel (kiosk/core/display/panel_geometry.h): targets at least 19 mm, the rendered CJK glyphs of
// body text >= 5.7 mm, contrast >= 7:1, nothing said by colour alone. Pixel sizes follow from the
// panel: a 21.5" panel gets more pixels per button than a 32" one.
#pragma once

#include <imgui.h>

#include <vector>

#include "kiosk/core/display/panel_geometry.h"

namespace kiosk::ui {

constexpr float kLargeTextScale = static_cast<float>(display::goals::kLargeTextFactor);  // 大字: x 1.4
// The rendered height of a CJK ideograph (国) over ImGui's font size (the line height) for Noto
// Sans CJK SC, measured from its atlas (tests/ui/elder_sizes_test: 22 px at 36 px): the first
// guess of the font size; font_sizing.h then measures the real glyph and grows the font if short.
constexpr float kCjkGlyphPerFontPx = 0.611f;

// Body font pixel size whose ideographs are kDesignBodyGlyphMm tall on `panel` (x 1.4 in 大字).
float BodyFontPixels(const display::PanelGeometry& panel, bool large_text,
                     float glyph_per_font_px = kCjkGlyphPerFontPx);

// The panel the UI is drawn on. The UI binds its diagonal to the ImGui context each frame
// (KioskUi::Draw); the pixels are io.DisplaySize. Unbound: kiosk.toml's default, 23.8".
struct PanelSetting {
  double diagonal_inches = 23.8;
};
void BindPanel(const PanelSetting* panel);
display::PanelGeometry CurrentPanel();
// Pixels for `mm` millimetres on the current panel.
float PxForMm(double mm);

// All colours pass 7:1 against the surface they are drawn on (checked in tests/ui/theme_test).
namespace palette {
constexpr ImU32 Rgb(unsigned rgb) {
  return IM_COL32((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, 0xff);
}
constexpr unsigned kBackground = 0xF4F1EC;  // warm paper
constexpr unsigned kSurface = 0xFFFFFF;
constexpr unsigned kText = 0x1A1A1A;
constexpr unsigned kTextMuted = 0x3D3D3D;
constexpr unsigned kPartyRed = 0x9E1414;  // header bar, primary actions, 周六/周日; 7.3:1 on paper
constexpr unsigned kOnDark = 0xFFFFFF;
constexpr unsigned kTileBlue = 0x0B4A85;
constexpr unsigned kTileGreen = 0x1B5E20;
constexpr unsigned kTileOrange = 0x8A3B00;
constexpr unsigned kTilePurple = 0x5B1F8A;
constexpr unsigned kTileTeal = 0x005A5A;
constexpr unsigned kNeutralButton = 0x333333;
constexpr unsigned kBorder = 0x6B6B6B;
}  // namespace palette

// How a button is coloured. Every button uses one of the named sets below (a home tile takes its
// own fill); a screen never builds a set of its own.
struct ButtonColors {
  unsigned fill = palette::kPartyRed;  // 0xRRGGBB
  unsigned text = palette::kOnDark;
  bool outline = false;          // light buttons get a border so the edge is visible
  ImFont* label_font = nullptr;  // e.g. HeadingFont() for keypad digits; default: the current font
};
namespace buttons {
// Party red, white text: the one action the screen is for (确认报名, 下一步, 我要报名).
constexpr ButtonColors kPrimary{palette::kPartyRed, palette::kOnDark, false, nullptr};
// White, outlined, dark text: every other choice, navigation, toolbar and keyboard keys.
constexpr ButtonColors kSecondary{palette::kSurface, palette::kText, true, nullptr};
// Dark blue, white text: a mode that is on or a way in (搜索, an active filter, candidates, 签退).
constexpr ButtonColors kEmphasis{palette::kTileBlue, palette::kOnDark, false, nullptr};
// Dark grey, white text: editing keys (删除, 清空) and a toggle that is on.
constexpr ButtonColors kNeutral{palette::kNeutralButton, palette::kOnDark, false, nullptr};
// Green, white text: the volunteer's way in (志愿者签到 on an activity).
constexpr ButtonColors kVolunteer{palette::kTileGreen, palette::kOnDark, false, nullptr};
}  // namespace buttons

// Every colour pair the screens draw, one list: a text colour on each background it is drawn on
// (>= 7:1), and each edge that separates targets or marks on its background (>= 3:1). Checked by
// tests/ui/elder_contrast_test; ElderCheck fails on any text colour or fill a screen draws that
// this list does not name. A new colour on a screen belongs here first. (Category colours and
// their tints come from the database; the tests add one pair per category.)
struct ColourPair {
  const char* what;
  unsigned fg, bg;  // 0xRRGGBB
};
const std::vector<ColourPair>& TextColourPairs();
const std::vector<ColourPair>& EdgeColourPairs();

// WCAG relative-luminance contrast ratio of two sRGB colours (0xRRGGBB).
double ContrastRatio(unsigned rgb_a, unsigned rgb_b);
// Darkens a colour for the pressed state (same hue, still readable with white text).
ImU32 PressedShade(unsigned rgb);

// Sets ImGuiStyle for touch: no window chrome, big paddings in font units, high-contrast colours.
void ApplyKioskStyle(ImGuiStyle& style, float font_px);

// Sizes in font units of the current font.
inline float Em(float n) { return ImGui::GetFontSize() * n; }
// Smallest side of any tappable target in pixels: 19.5 mm on the configured panel (the goal is
// 19 mm), never under 1.8 em (a line of text and its padding).
float MinTargetPx();
// Smallest gap between two targets side by side: 2.5 mm (the goal is 2 mm).
float MinTargetGapPx();

}  // namespace kiosk::ui
