// Fonts: every character the kiosk can show is in the atlas, so nothing renders as '?'.
#include <gtest/gtest.h>
#include <imgui_internal.h>

#include <cstdio>  // ImTextCharFromUtf8: the decoder the renderer uses

#include "headless_ui.h"
#include "kiosk/ui/shown_text.h"
#include "kiosk/ui/strings.h"

namespace kiosk::test {
namespace {

// Decodes UTF-8 with ImGui's own decoder, the one the renderer uses.
std::vector<unsigned> CodePoints(const std::string& s) {
  std::vector<unsigned> out;
  const char* p = s.c_str();
  const char* end = p + s.size();
  while (p < end) {
    unsigned c = 0;
    const int n = ImTextCharFromUtf8(&c, p, end);
    if (n <= 0) break;
    p += n;
    out.push_back(c);
  }
  return out;
}

TEST(GlyphCoverage, EveryUiStringAndDatabaseTextIsInTheAtlas) {
  db::Database db = DemoDatabase();
  HeadlessUi h(db, {});
  size_t checked = 0;
  // As drawn: a character above U+FFFF by its stand-in (shown_text.h), which ImGui's decoder reads.
  for (const std::string& text : h.ui().TextForGlyphs())
    for (unsigned c : CodePoints(ui::StandIns().Shown(text))) {
      if (c < 0x20 || c == '\n') continue;
      ++checked;
      EXPECT_NE(h.font()->FindGlyphNoFallback(static_cast<ImWchar>(c)), nullptr)
          << "U+" << std::hex << c << " missing, in: " << text;
    }
  EXPECT_GT(checked, 500u);
}

TEST(GlyphCoverage, AtlasStaysSmall) {
  db::Database db = DemoDatabase();
  HeadlessUi h(db, {});
  const ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  // DESIGN.md budget: glyph atlas <= 4 MB as the RGBA texture the renderer uploads. Text-derived
  // ranges keep it there; the full CJK range would be ~100 MB.
  const size_t rgba_bytes = static_cast<size_t>(atlas->TexWidth) * atlas->TexHeight * 4;
  EXPECT_LE(rgba_bytes, 4u * 1024 * 1024) << atlas->TexWidth << "x" << atlas->TexHeight;
  std::printf("glyph atlas %dx%d = %.1f MB RGBA, %d body glyphs\n", atlas->TexWidth, atlas->TexHeight,
              static_cast<double>(rgba_bytes) / (1024.0 * 1024.0), h.font()->Glyphs.Size);
  EXPECT_LT(h.font()->Glyphs.Size, 2000);
}

TEST(GlyphCoverage, LargeTextAtlasGrowsOnlyWithTheFontArea) {
  db::Database db = DemoDatabase();
  ui::UiOptions options;
  options.large_text = true;
  HeadlessUi h(db, options);
  const ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  const size_t rgba_bytes = static_cast<size_t>(atlas->TexWidth) * atlas->TexHeight * 4;
  // 1.4x the font is ~2x the pixels: still far from the full-CJK atlas.
  EXPECT_LE(rgba_bytes, static_cast<size_t>(4 * 1024 * 1024 * 1.4 * 1.4))
      << atlas->TexWidth << "x" << atlas->TexHeight;
  std::printf("大字 glyph atlas %dx%d = %.1f MB RGBA\n", atlas->TexWidth, atlas->TexHeight,
              static_cast<double>(rgba_bytes) / (1024.0 * 1024.0));
}

TEST(GlyphCoverage, RebuildAfterNewDatabaseTextCoversIt) {
  db::Database db = DemoDatabase();
  HeadlessUi h(db, {});
  // A sync brings a title with characters nothing else uses.
  db.Exec("UPDATE events SET title = '麒麟龘靐齉' WHERE id = (SELECT MIN(id) FROM events)");
  h.ui().ReloadData();
  const auto font = ui::FindCjkFont();
  ui::BuildKioskFontAtlas(ImGui::GetIO().Fonts, font, 34, h.ui().TextForGlyphs());
  for (unsigned c : CodePoints("麒麟龘"))
    EXPECT_NE(h.font()->FindGlyphNoFallback(static_cast<ImWchar>(c)), nullptr) << std::hex << c;
}

}  // namespace
}  // namespace kiosk::test
