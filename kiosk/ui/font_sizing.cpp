// kiosk/ui/font_sizing.cpp — the body font sized by its measured CJK glyph.
#include "kiosk/ui/font_sizing.h"

#include <imgui.h>

#include <cmath>

#include "kiosk/ui/theme.h"

namespace kiosk::ui {

float CjkGlyphHeightPx(const ImFont* font) {
  const ImFontGlyph* glyph = font->FindGlyphNoFallback(static_cast<ImWchar>(0x56FD));  // 国
  return glyph ? glyph->Y1 - glyph->Y0 : 0.0f;
}

float NormalBodyFontPixels(const FontFile& font, const display::PanelGeometry& panel) {
  const float goal = static_cast<float>(panel.Px(display::goals::kDesignBodyGlyphMm));
  float px = BodyFontPixels(panel, false);
  // A throwaway atlas of 国 alone: a few milliseconds, against a second full build.
  for (int tries = 0; tries < 3; ++tries) {
    ImFontAtlas probe;
    BuildKioskFontAtlas(&probe, font, px, {kMeasureGlyph});
    const float measured = CjkGlyphHeightPx(probe.Fonts[0]);
    if (measured <= 0 || measured >= goal) break;  // no 国 in this font: the first guess stands
    px = std::ceil(px * goal / measured);          // this font's ideographs are smaller than guessed
  }
  return px;
}

float BuildFontAtlasForPanel(ImFontAtlas* atlas, const FontFile& font, const display::PanelGeometry& panel,
                             bool large_text, std::vector<std::string> texts,
                             const std::vector<std::string>& heading_texts, const IconGlyphs& icons) {
  texts.emplace_back(kMeasureGlyph);  // always in the atlas, whatever the screens show
  const float normal = NormalBodyFontPixels(font, panel);
  const float px =
      large_text ? std::ceil(normal * kLargeTextScale) : normal;  // 大字: x1.4 of what was measured
  BuildKioskFontAtlas(atlas, font, px, texts, heading_texts, icons);
  return px;
}

}  // namespace kiosk::ui
