// The kiosk over text it cannot show: a NUL, a control byte, invalid UTF-8 or a character beyond
// the 16-bit atlas in the database is skipped by the glyph builder, never a crash on start.
#include <gtest/gtest.h>
#include <imgui.h>

#include "headless_ui.h"
#include "kiosk/ui/fonts.h"

namespace kiosk::test {
namespace {

TEST(UntrustedText, GlyphRangesSkipWhatTheyCannotUse) {
  ImFontAtlas atlas;
  const std::vector<std::string> texts = {std::string("活动\0标题", 13), "坏\x01字节\xFF\xC0\xAF", "𠀀𪚥😀",
                                          "\x7F\xC2\x85张"};
  const int glyphs = ui::BuildKioskFontAtlas(&atlas, ui::FindCjkFont(), 20.0f, texts);
  ImFont* font = atlas.Fonts[0];
  // The builder once stopped at the NUL: ranges ended there and the font had no glyph at all.
  EXPECT_GT(glyphs, 150);
  for (const char32_t c : {U'活', U'题', U'坏', U'字', U'节', U'张', U'A'}) {
    EXPECT_NE(font->FindGlyphNoFallback(static_cast<ImWchar>(c)), nullptr) << static_cast<unsigned>(c);
  }
  EXPECT_EQ(font->FindGlyphNoFallback(0), nullptr);
  EXPECT_EQ(font->FindGlyphNoFallback(1), nullptr);
}

TEST(UntrustedText, AStoredNulTitleDoesNotStopTheKiosk) {
  db::Database db = DemoDatabase();
  // As an old import (before the text gate) left it, on an event long past.
  db.Exec(
      "UPDATE events SET title = '坝坝会' || char(0) || '尾巴', body = char(1, 2) || '简介' "
      "WHERE id = (SELECT MIN(id) FROM events)");
  HeadlessUi h(db, {});
  h.Settle();
  EXPECT_NE(h.FrameText().find("社区"), std::string::npos);
  EXPECT_GT(h.font()->Glyphs.Size, 150);
}

}  // namespace
}  // namespace kiosk::test
