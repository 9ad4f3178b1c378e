// Physical sizes from the panel: the body font's rendered 国 is at least 5.7 mm on 21.5", 23.8"
// and 32" panels in both orientations, 大字 is at least 1.4x, lines are spaced at least 1.3x the
// glyph, and the smallest target is at least 19 mm: the pixels follow the panel, not the window.
#include <gtest/gtest.h>

#include "headless_ui.h"
#include "kiosk/core/display/panel_geometry.h"
#include "kiosk/ui/font_sizing.h"
#include "kiosk/ui/theme.h"

namespace kiosk::test {
namespace {

namespace goals = display::goals;

struct Sized {
  float font_px, glyph_px, min_target_px, gap_px;
};

Sized Measure(db::Database& db, double inches, ImVec2 display, bool large) {
  ui::UiOptions options;
  options.large_text = large;
  options.panel_diagonal_inches = inches;
  HeadlessUi h(db, options, display);
  return Sized{h.font()->FontSize, ui::CjkGlyphHeightPx(h.font()), ui::MinTargetPx(), ui::MinTargetGapPx()};
}

TEST(ElderSizes, BodyGlyphsTargetsAndGapsMeetTheGoalsOnEveryPanel) {
  db::Database db = DemoDatabase();
  for (double inches : {21.5, 23.8, 32.0})
    for (ImVec2 display : {ImVec2(1920, 1080), ImVec2(1080, 1920)}) {
      const display::PanelGeometry panel{inches, static_cast<int>(display.x), static_cast<int>(display.y)};
      const Sized normal = Measure(db, inches, display, false);
      const Sized large = Measure(db, inches, display, true);
      const std::string where = std::to_string(inches) + "\" " + std::to_string(int(display.x)) + "x" +
                                std::to_string(int(display.y));
      EXPECT_GE(panel.Mm(normal.glyph_px), goals::kMinBodyGlyphMm)
          << where << " glyph " << normal.glyph_px << " px";
      EXPECT_GE(large.glyph_px, normal.glyph_px * goals::kLargeTextFactor - 1.0f) << where;
      EXPECT_GE(large.font_px, normal.font_px * goals::kLargeTextFactor - 0.5f) << where;
      EXPECT_GE(normal.font_px / normal.glyph_px, goals::kMinLineSpacing) << where << " line spacing";
      EXPECT_GE(panel.Mm(normal.min_target_px), goals::kMinTargetMm) << where;
      EXPECT_GE(panel.Mm(normal.gap_px), goals::kMinGapMm) << where;
    }
}

TEST(ElderSizes, ASmallerPanelGetsBiggerPixels) {
  db::Database db = DemoDatabase();
  const Sized small = Measure(db, 21.5, ImVec2(1920, 1080), false);
  const Sized big = Measure(db, 32, ImVec2(1920, 1080), false);
  EXPECT_GT(small.font_px, big.font_px);
  EXPECT_GT(small.min_target_px, big.min_target_px);
}

TEST(ElderSizes, TheGlyphRatioConstantIsWhatTheFontDraws) {
  // kCjkGlyphPerFontPx is the first guess of the font size; a wrong one costs more probe builds.
  db::Database db = DemoDatabase();
  const Sized s = Measure(db, 23.8, ImVec2(1920, 1080), false);
  EXPECT_NEAR(s.glyph_px / s.font_px, ui::kCjkGlyphPerFontPx, 0.03);
}

}  // namespace
}  // namespace kiosk::test
