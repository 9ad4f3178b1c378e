// kiosk/ui/fonts.h — finds Noto Sans CJK SC (and the fonts of rarer characters) through fontconfig
// and builds the ImGui font atlas with glyph ranges taken from the text actually shown (never the
// full CJK range), characters above U+FFFF included (as stand-ins, stand_in_glyphs.h).
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

struct ImFontAtlas;
struct ImFont;

namespace kiosk::ui {

struct FontFile {
  std::string path;
  int index = 0;  // face index inside a .ttc: the Simplified Chinese face
};

class FontNotFoundError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Throws FontNotFoundError with a plain message naming the Debian package (fonts-noto-cjk).
FontFile FindCjkFont();

// The fonts of characters above U+FFFF that Noto Sans CJK lacks, in the order they are tried:
// HanaMinB (CJK Extension B and later, fonts-hanazono), Symbola (emoji, fonts-symbola). Those not
// installed are left out (their characters are then drawn as a box).
std::vector<FontFile> FindStandInFonts();

// The home tiles' icons (ui_assets.h): Debian's Material Icons font and the glyphs used from it,
// merged into the heading font. Empty: no icons.
struct IconGlyphs {
  std::string font_path;
  std::vector<char32_t> codepoints;
};

// Clears `atlas` and adds the CJK font at `pixel_size`, covering ASCII plus every character of `texts`
// (one above U+FFFF by its stand-in, shown_text.h; the box for any character no font has).
// When `heading_texts` is given, a second font kHeadingScale times larger covers just those
// (centre name, screen titles, the clock), so headings are crisp without doubling the atlas.
// Builds the atlas (so tests can check glyphs without a GPU). Returns the body font's glyph count.
int BuildKioskFontAtlas(ImFontAtlas* atlas, const FontFile& font, float pixel_size,
                        const std::vector<std::string>& texts,
                        const std::vector<std::string>& heading_texts = {}, const IconGlyphs& icons = {});

constexpr float kHeadingScale = 1.5f;
// The heading font of the current ImGui context (the body font when none was built).
ImFont* HeadingFont();

}  // namespace kiosk::ui
