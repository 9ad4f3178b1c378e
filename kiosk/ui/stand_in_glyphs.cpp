// kiosk/ui/stand_in_glyphs.cpp — FreeType glyphs for the stand-ins, packed into the ImGui atlas.
#include "kiosk/ui/stand_in_glyphs.h"

#include <ft2build.h>
#include FT_FREETYPE_H
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <optional>

#include "kiosk/ui/shown_text.h"

namespace kiosk::ui {
namespace {

// One glyph's coverage, placed relative to the pen on the baseline (FreeType's convention).
struct GlyphBitmap {
  int width = 1, height = 1;
  int left = 0, top = 0;  // from the pen to the bitmap's left edge; from the baseline up to its top
  float advance = 0;
  std::vector<unsigned char> alpha = std::vector<unsigned char>(1, 0);
};

// The tofu box: an outlined rectangle on the ideographs' body (about -0.12 em to 0.88 em).
GlyphBitmap Box(float em) {
  GlyphBitmap box;
  box.width = std::max(3, static_cast<int>(std::lround(em * 0.78f)));
  box.height = std::max(3, static_cast<int>(std::lround(em * 0.9f)));
  box.left = static_cast<int>(std::lround(em * 0.11f));
  box.top = static_cast<int>(std::lround(em * 0.8f));
  box.advance = std::round(em);
  const int stroke = std::max(1, static_cast<int>(std::lround(em / 14)));
  box.alpha.assign(static_cast<size_t>(box.width * box.height), 0);
  for (int y = 0; y < box.height; ++y)
    for (int x = 0; x < box.width; ++x)
      if (x < stroke || y < stroke || x >= box.width - stroke || y >= box.height - stroke)
        box.alpha[static_cast<size_t>(y * box.width + x)] = 0xFF;
  return box;
}

std::optional<GlyphBitmap> Rasterise(FT_Face face, char32_t c, float em) {
  if (FT_Set_Char_Size(face, 0, static_cast<FT_F26Dot6>(std::lround(em * 64)), 72, 72) != 0)
    return std::nullopt;
  // Unhinted, as ImGui's stb_truetype draws the text around it.
  if (FT_Load_Char(face, c, FT_LOAD_RENDER | FT_LOAD_NO_HINTING) != 0) return std::nullopt;
  const FT_GlyphSlot slot = face->glyph;
  const FT_Bitmap& bitmap = slot->bitmap;
  if (bitmap.pixel_mode != FT_PIXEL_MODE_GRAY) return std::nullopt;
  GlyphBitmap glyph;
  glyph.advance = std::round(static_cast<float>(slot->advance.x) / 64.0f);
  if (bitmap.width == 0 || bitmap.rows == 0) return glyph;  // a blank character: advance only
  glyph.width = static_cast<int>(bitmap.width);
  glyph.height = static_cast<int>(bitmap.rows);
  glyph.left = slot->bitmap_left;
  glyph.top = slot->bitmap_top;
  glyph.alpha.resize(static_cast<size_t>(glyph.width * glyph.height));
  for (int y = 0; y < glyph.height; ++y)
    std::memcpy(&glyph.alpha[static_cast<size_t>(y * glyph.width)], bitmap.buffer + y * bitmap.pitch,
                static_cast<size_t>(glyph.width));
  return glyph;
}

// `glyph` inside a transparent pixel on every side: ImGui packs custom rectangles edge to edge, and
// the renderer's linear filter would otherwise bleed a neighbour's ink into this glyph's edge.
GlyphBitmap Bordered(const GlyphBitmap& glyph) {
  GlyphBitmap out = glyph;
  out.width = glyph.width + 2;
  out.height = glyph.height + 2;
  out.left = glyph.left - 1;
  out.top = glyph.top + 1;
  out.alpha.assign(static_cast<size_t>(out.width * out.height), 0);
  for (int y = 0; y < glyph.height; ++y)
    std::memcpy(&out.alpha[static_cast<size_t>((y + 1) * out.width + 1)],
                &glyph.alpha[static_cast<size_t>(y * glyph.width)], static_cast<size_t>(glyph.width));
  return out;
}

struct Reserved {
  int rect = 0;
  ImFont* font = nullptr;
  char32_t code = 0;
  GlyphBitmap bitmap;
};

}  // namespace

struct StandInGlyphs::Impl {
  FT_Library library = nullptr;
  FT_Face cjk = nullptr;
  std::optional<std::vector<FT_Face>> fallbacks;  // looked up on first need
  std::vector<Reserved> reserved;

  ~Impl() {
    if (fallbacks)
      for (FT_Face face : *fallbacks) FT_Done_Face(face);
    if (cjk) FT_Done_Face(cjk);
    if (library) FT_Done_FreeType(library);
  }

  FT_Face Open(const FontFile& file) const {
    FT_Face face = nullptr;
    if (FT_New_Face(library, file.path.c_str(), file.index, &face) != 0) return nullptr;
    return face;
  }

  // The first face that has `c`: Noto's own, then HanaMinB, then Symbola; none: the box.
  FT_Face FaceFor(char32_t c) {
    if (FT_Get_Char_Index(cjk, c) != 0) return cjk;
    if (!fallbacks) {
      fallbacks.emplace();
      for (const FontFile& file : FindStandInFonts())
        if (FT_Face face = Open(file)) fallbacks->push_back(face);
    }
    for (FT_Face face : *fallbacks)
      if (FT_Get_Char_Index(face, c) != 0) return face;
    return nullptr;
  }
};

StandInGlyphs::StandInGlyphs(const FontFile& cjk) : impl_(std::make_unique<Impl>()) {
  if (FT_Init_FreeType(&impl_->library) != 0)
    throw FontNotFoundError("FreeType 初始化失败 / FreeType failed to initialise");
  impl_->cjk = impl_->Open(cjk);
  if (impl_->cjk == nullptr || impl_->cjk->units_per_EM == 0 || impl_->cjk->ascender <= impl_->cjk->descender)
    throw FontNotFoundError("无法读取字体文件 / cannot read the font file: " + cjk.path);
}

StandInGlyphs::~StandInGlyphs() = default;

void StandInGlyphs::Reserve(ImFontAtlas* atlas, ImFont* font, float pixel_size,
                            const std::vector<char32_t>& codes) {
  // ImGui sizes a font so that its ascender to descender (hhea) spans pixel_size.
  const FT_Face cjk = impl_->cjk;
  const float em =
      pixel_size * static_cast<float>(cjk->units_per_EM) / static_cast<float>(cjk->ascender - cjk->descender);
  auto reserve = [&](char32_t code, GlyphBitmap bitmap) {
    bitmap = Bordered(bitmap);
    const int rect =
        atlas->AddCustomRectFontGlyph(font, static_cast<ImWchar>(code), bitmap.width, bitmap.height,
                                      bitmap.advance, ImVec2(static_cast<float>(bitmap.left), 0));
    impl_->reserved.push_back({rect, font, code, std::move(bitmap)});
  };
  reserve(AstralStandIns::kBox, Box(em));
  for (const char32_t code : codes) {
    if (code == AstralStandIns::kBox) continue;
    const char32_t c = StandIns().CharacterFor(code);
    std::optional<GlyphBitmap> bitmap;
    if (c != code)
      if (const FT_Face face = impl_->FaceFor(c)) bitmap = Rasterise(face, c, em);
    reserve(code, bitmap ? std::move(*bitmap) : Box(em));
  }
}

void StandInGlyphs::Render(ImFontAtlas* atlas) {
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  atlas->GetTexDataAsAlpha8(&pixels, &width, &height);
  std::vector<ImFont*> fonts;
  for (const Reserved& r : impl_->reserved) {
    const ImFontAtlasCustomRect* rect = atlas->GetCustomRectByIndex(r.rect);
    if (!rect->IsPacked()) continue;
    for (int y = 0; y < r.bitmap.height; ++y)
      std::memcpy(pixels + (rect->Y + y) * width + rect->X,
                  &r.bitmap.alpha[static_cast<size_t>(y * r.bitmap.width)],
                  static_cast<size_t>(r.bitmap.width));
    // On the baseline: ImGui puts a glyph's top at the font's rounded ascent minus its height above.
    const float y0 = std::round(r.font->Ascent) - static_cast<float>(r.bitmap.top);
    for (ImFontGlyph& glyph : r.font->Glyphs) {
      if (glyph.Codepoint != r.code) continue;
      glyph.Y0 = y0;
      glyph.Y1 = y0 + static_cast<float>(r.bitmap.height);
    }
    if (std::find(fonts.begin(), fonts.end(), r.font) == fonts.end()) fonts.push_back(r.font);
  }
  for (ImFont* font : fonts) {  // a character the font lacks is drawn as the box, never as '?'
    font->FallbackChar = static_cast<ImWchar>(AstralStandIns::kBox);
    font->BuildLookupTable();
  }
  impl_->reserved.clear();
}

}  // namespace kiosk::ui
