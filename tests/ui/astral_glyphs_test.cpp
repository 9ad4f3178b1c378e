// tests/ui/astral_glyphs_test.cpp — characters above U+FFFF (𠀀 U+20000, 𪚥 U+2A6A5, 😀) in the
// demo's title "乒乓球友谊赛·𪚥𠀀杯😀" and volunteer "𠀀𪚥😀" are drawn with their own glyphs: the
// atlas holds a rectangle for each (rasterised from a font that has it, not the box), the frame's
// draw list uses those glyphs' UVs and never U+FFFD's, on the baseline of the text around them.
#include <gtest/gtest.h>
#include <imgui.h>

#include <cmath>

#include "flow_test_support.h"
#include "headless_ui.h"
#include "kiosk/ui/shown_text.h"
#include "kiosk/ui/widgets/pinyin_keyboard.h"

namespace kiosk::test {
namespace {

constexpr std::string_view kTitle = "乒乓球友谊赛·𪚥𠀀杯😀";
constexpr char32_t kAstral[] = {U'\U00020000', U'\U0002A6A5', U'\U0001F600'};

// The glyph the atlas drew for `c`, through its stand-in in the body font.
const ImFontGlyph* GlyphOf(const ImFont* font, char32_t c) {
  return font->FindGlyphNoFallback(static_cast<ImWchar>(ui::StandIns().StandInFor(c)));
}

// True when the last frame drew a quad of the glyph: PrimRectUV's four vertices, its top-left at
// (U0, V0) and its bottom-right at (U1, V1) (one corner alone could be a neighbour's).
bool Drawn(const ImFontGlyph* glyph) {
  const ImDrawData* data = ImGui::GetDrawData();
  for (int i = 0; i < data->CmdListsCount; ++i) {
    const ImVector<ImDrawVert>& v = data->CmdLists[i]->VtxBuffer;
    for (int k = 0; k + 3 < v.Size; ++k)
      if (v[k].uv.x == glyph->U0 && v[k].uv.y == glyph->V0 && v[k + 2].uv.x == glyph->U1 &&
          v[k + 2].uv.y == glyph->V1)
        return true;
  }
  return false;
}

// The atlas's pixels under a glyph, row by row.
std::vector<unsigned char> Pixels(const ImFontGlyph* glyph) {
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  atlas->GetTexDataAsAlpha8(&pixels, &width, &height);
  const int x0 = static_cast<int>(std::lround(glyph->U0 * static_cast<float>(width))),
            x1 = static_cast<int>(std::lround(glyph->U1 * static_cast<float>(width)));
  const int y0 = static_cast<int>(std::lround(glyph->V0 * static_cast<float>(height))),
            y1 = static_cast<int>(std::lround(glyph->V1 * static_cast<float>(height)));
  std::vector<unsigned char> out;
  for (int y = y0; y < y1; ++y) out.insert(out.end(), pixels + y * width + x0, pixels + y * width + x1);
  return out;
}

int64_t PingPong(db::Database& db) {
  return db::QueryInt(db,
                      "SELECT o.id FROM occurrences o JOIN events e ON e.id = o.event_id "
                      "WHERE e.uid = 'ta-health-pingpong' ORDER BY o.start_at LIMIT 1");
}

// Each astral character has its own custom rectangle, packed, drawn from a font (not the box), the
// size and on the baseline of the ideographs beside it.
void ExpectRealGlyphs(const ImFont* font) {
  const ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  const ImFontGlyph* box = font->FindGlyphNoFallback(static_cast<ImWchar>(AstralStandIns::kBox));
  ASSERT_NE(box, nullptr);
  EXPECT_EQ(font->FallbackChar, static_cast<ImWchar>(AstralStandIns::kBox))
      << "a missing character is the box";
  const ImFontGlyph* cup = font->FindGlyphNoFallback(static_cast<ImWchar>(U'杯'));
  ASSERT_NE(cup, nullptr);
  for (const char32_t c : kAstral) {
    const char32_t code = ui::StandIns().StandInFor(c);
    ASSERT_NE(code, c);
    ASSERT_NE(code, AstralStandIns::kBox);
    int rects = 0;
    for (const ImFontAtlasCustomRect& r : atlas->CustomRects)
      if (r.Font == font && r.GlyphID == code && r.IsPacked()) ++rects;
    EXPECT_EQ(rects, 1) << "U+" << std::hex << static_cast<unsigned>(c);
    const ImFontGlyph* glyph = GlyphOf(font, c);
    ASSERT_NE(glyph, nullptr) << std::hex << static_cast<unsigned>(c);
    EXPECT_TRUE(glyph->Visible);
    const std::vector<unsigned char> pixels = Pixels(glyph);
    EXPECT_GT(std::count_if(pixels.begin(), pixels.end(), [](unsigned char a) { return a > 128; }), 20)
        << "inked: " << std::hex << static_cast<unsigned>(c);
    EXPECT_NE(pixels, Pixels(box)) << "not the box: " << std::hex << static_cast<unsigned>(c);
    // The same body as 杯: top and bottom within a tenth of the font size, advance within a third.
    const float tolerance = font->FontSize * 0.12f;
    EXPECT_NEAR(glyph->Y1, cup->Y1, tolerance) << std::hex << static_cast<unsigned>(c);
    EXPECT_NEAR(glyph->Y0, cup->Y0, tolerance) << std::hex << static_cast<unsigned>(c);
    EXPECT_NEAR(glyph->AdvanceX, cup->AdvanceX, cup->AdvanceX / 3) << std::hex << static_cast<unsigned>(c);
  }
}

void ExpectDrawnNotReplaced(const ImFont* font, std::initializer_list<char32_t> characters) {
  for (const char32_t c : characters)
    EXPECT_TRUE(Drawn(GlyphOf(font, c))) << std::hex << static_cast<unsigned>(c);
  // Noto Sans CJK has no U+FFFD: whatever ImGui cannot find (U+FFFD included) is the fallback, the box.
  ASSERT_EQ(font->FindGlyph(static_cast<ImWchar>(0xFFFD)),
            font->FindGlyphNoFallback(static_cast<ImWchar>(AstralStandIns::kBox)));
  EXPECT_FALSE(Drawn(font->FindGlyphNoFallback(static_cast<ImWchar>(AstralStandIns::kBox)))) << "a box drawn";
}

TEST(AstralGlyphs, TheDetailOfTheTitleDrawsEachCharacter) {
  db::Database db = DemoDatabase();
  for (const bool large : {false, true}) {
    ui::UiOptions options;
    options.large_text = large;
    options.start_screen = ui::ScreenId::kCalendar;
    options.start_calendar_view = ui::CalendarView::kDetail;
    options.start_occurrence = PingPong(db);
    HeadlessUi h(db, options);
    h.Settle();
    ExpectRealGlyphs(h.font());
    h.Frame();
    ExpectDrawnNotReplaced(h.font(), {kAstral[0], kAstral[1], kAstral[2]});
    // Read aloud with the real characters (the stand-ins are for ImGui only).
    EXPECT_NE(h.ui().read_aloud_text().find(kTitle), std::string::npos) << h.ui().read_aloud_text();
  }
}

TEST(AstralGlyphs, SignUpNamesTheActivityWithEachCharacter) {
  db::Database db = DemoDatabase();
  ui::UiOptions options;
  options.start_screen = ui::ScreenId::kSignup;
  options.start_occurrence = PingPong(db);
  HeadlessUi h(db, options);
  h.Settle();
  h.Frame();
  ExpectDrawnNotReplaced(h.font(), {kAstral[0], kAstral[1], kAstral[2]});
}

TEST(AstralGlyphs, AVolunteersNameIsDrawnWithEachCharacter) {
  db::Database db = DemoDatabase();
  ui::UiOptions options;
  options.start_screen = ui::ScreenId::kVolunteer;
  HeadlessUi h(db, options);
  h.Settle();
  TypeDigits(h, "13900000017");
  ASSERT_TRUE(h.Tap("下一步"));
  h.Settle();
  const std::string text = ui::StandIns().Real(h.FrameText());
  EXPECT_NE(text.find("𠀀*😀"), std::string::npos) << "the masked name: " << text;
  ExpectDrawnNotReplaced(h.font(), {kAstral[0], kAstral[2]});
}

TEST(AstralGlyphs, ANewCharacterAfterASyncIsMissedThenDrawnAfterTheRebuild) {
  db::Database db = DemoDatabase();
  HeadlessUi h(db, {});
  EXPECT_TRUE(ui::FontHasAll(std::string(kTitle)));
  // A sync brings 𡘙 (U+21619), which no text had: the check that asks for a rebuild sees it missing.
  db.Exec("UPDATE events SET title = '𡘙' || title WHERE uid = 'ta-health-pingpong'");
  h.ui().ReloadData();
  EXPECT_FALSE(ui::FontHasAll("𡘙"));
  ui::BuildKioskFontAtlas(ImGui::GetIO().Fonts, ui::FindCjkFont(), 34, h.ui().TextForGlyphs());
  h.Frame();
  EXPECT_TRUE(ui::FontHasAll("𡘙"));
  const ImFontGlyph* glyph = GlyphOf(h.font(), U'\U00021619');
  ASSERT_NE(glyph, nullptr);
  EXPECT_NE(Pixels(glyph), Pixels(h.font()->FindGlyphNoFallback(static_cast<ImWchar>(AstralStandIns::kBox))));
}

TEST(AstralGlyphs, ACharacterNoFontHasIsTheBox) {
  ImFontAtlas atlas;
  // U+10FFFD (plane 16 private use) is in no font: its stand-in gets the box's pixels.
  const std::vector<std::string> texts = {"字\U0010FFFD"};
  ui::BuildKioskFontAtlas(&atlas, ui::FindCjkFont(), 24.0f, texts);
  const ImFont* font = atlas.Fonts[0];
  const char32_t code = ui::StandIns().StandInFor(U'\U0010FFFD');
  ASSERT_NE(code, AstralStandIns::kBox);
  const ImFontGlyph* glyph = font->FindGlyphNoFallback(static_cast<ImWchar>(code));
  const ImFontGlyph* box = font->FindGlyphNoFallback(static_cast<ImWchar>(AstralStandIns::kBox));
  ASSERT_NE(glyph, nullptr);
  ASSERT_NE(box, nullptr);
  EXPECT_TRUE(glyph->Visible);
  EXPECT_EQ(glyph->X1 - glyph->X0, box->X1 - box->X0);
  EXPECT_EQ(glyph->Y1 - glyph->Y0, box->Y1 - box->Y0);
  // And a 16-bit character the font lacks falls back to the box, not to '?'.
  EXPECT_EQ(font->FindGlyph(static_cast<ImWchar>(0xE000)), box);
}

}  // namespace
}  // namespace kiosk::test
