// kiosk/ui/stand_in_glyphs.h — the glyphs of the private-use stand-ins of characters above U+FFFF
// (core/text/astral_stand_ins.h), rasterised with FreeType into the ImGui atlas as custom
// rectangles: from Noto Sans CJK when it has the character (the face of the text around it), else
// from HanaMinB (CJK Extension B and later, fonts-hanazono), else Symbola (monochrome emoji,
// fonts-symbola), else a box. Each is sized and set on the baseline as ImGui sets Noto's own glyphs,
// and the box is also each font's fallback: no character is ever drawn as '?' or as nothing.
#pragma once

#include <memory>
#include <vector>

#include "kiosk/ui/fonts.h"

struct ImFontAtlas;
struct ImFont;

namespace kiosk::ui {

class StandInGlyphs {
 public:
  // `cjk`: the atlas's own font, whose metrics size every glyph. The other fonts are looked up
  // (fontconfig) only when a character needs them.
  explicit StandInGlyphs(const FontFile& cjk);
  ~StandInGlyphs();
  StandInGlyphs(const StandInGlyphs&) = delete;
  StandInGlyphs& operator=(const StandInGlyphs&) = delete;

  // Before atlas->Build(): a rectangle in `font` (added at ImGui size `pixel_size`) for the box and
  // for each stand-in code in `codes`.
  void Reserve(ImFontAtlas* atlas, ImFont* font, float pixel_size, const std::vector<char32_t>& codes);
  // After atlas->Build(): draws them into the atlas's pixels, sets them on the baseline, and makes
  // the box the fallback of each font given to Reserve.
  void Render(ImFontAtlas* atlas);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kiosk::ui
