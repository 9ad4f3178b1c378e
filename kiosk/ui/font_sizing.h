// kiosk/ui/font_sizing.h — sizes the fonts by what a reader sees: the rendered height of a CJK
// ideograph (国) on the configured panel, not ImGui's line height (Noto Sans CJK's line is 1.448 em,
// its ideographs ~0.93 em, so a "34 px" font draws 22 px characters).
#pragma once

#include <string>
#include <vector>

#include "kiosk/core/display/panel_geometry.h"
#include "kiosk/ui/fonts.h"

struct ImFont;
struct ImFontAtlas;

namespace kiosk::ui {

// The ideograph every size is measured by.
inline constexpr char kMeasureGlyph[] = "国";

// The height in pixels of 国 as drawn by `font` (its box in the atlas); 0 when the font lacks it.
float CjkGlyphHeightPx(const ImFont* font);

// The normal body font size on `panel`: a first guess from BodyFontPixels, then 国 is rendered
// in a throwaway atlas and the size grown until its glyph is at least kDesignBodyGlyphMm tall.
float NormalBodyFontPixels(const FontFile& font, const display::PanelGeometry& panel);

// Builds the atlas (BuildKioskFontAtlas) with the body font at NormalBodyFontPixels, or 1.4x it
// in 大字 (so every text is 1.4x its normal size). Returns the body font's pixel size.
float BuildFontAtlasForPanel(ImFontAtlas* atlas, const FontFile& font, const display::PanelGeometry& panel,
                             bool large_text, std::vector<std::string> texts,
                             const std::vector<std::string>& heading_texts, const IconGlyphs& icons = {});

}  // namespace kiosk::ui
