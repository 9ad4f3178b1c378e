// tests/ui/elder_measure.h — measures a drawn frame against the physical goals of issue 11 (targets
// in mm from the target registry, glyphs in mm from ImGui's draw lists) and says what misses them:
// each finding names the screen, the target or character, the measure and the goal.
#pragma once

#include <gtest/gtest.h>
#include <imgui.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "headless_ui.h"
#include "kiosk/core/display/panel_geometry.h"

namespace kiosk::test {

// A panel a layout is measured on: its diagonal and its pixels (landscape or portrait).
struct Panel {
  const char* name;
  double inches;
  ImVec2 display;
};
// 21.5", 23.8" and 32", each landscape and portrait: what issue 11's checks walk.
const std::vector<Panel>& AllPanels();
// A test name for a panel parameter: "21_5in_portrait".
std::string PanelTestName(const ::testing::TestParamInfo<Panel>& param_info);

// Every glyph quad of the last rendered frame: its character, its size as the height in pixels
// 国 has at that size, where it is drawn and the part of it its clip rectangle shows.
struct DrawnGlyph {
  char32_t codepoint = 0;
  float guo_px = 0;
  ImVec2 min, max;              // the quad
  ImVec2 shown_min, shown_max;  // cut by the clip rectangle (empty when clipped away)
};
std::vector<DrawnGlyph> DrawnGlyphs();

// Text drawn across a target's edge (a glyph partly inside it, partly out): words running into a
// button, one line each. A target's own label lies wholly inside it and is fine.
std::vector<std::string> CheckTextClearOfTargets(const HeadlessUi& h, const std::string& screen);

// The glyphs of the last rendered frame: for each character drawn whole (not clipped), the
// smallest size at which it was drawn, as the height in pixels 国 has at that size. Read from ImGui's draw
// data: a glyph is a quad whose UV corners are a glyph's in the font atlas.
std::map<char32_t, float> DrawnGlyphHeights();

// Everything one frame shows that misses a goal, one line each:
//   targets: at least kMinTargetMm each way, inside the window, kMinGapMm apart (none overlapping),
//            labels unique on the screen;
//   glyphs:  every character drawn at a size whose 国 is at least kMinBodyGlyphMm tall.
std::vector<std::string> CheckFrame(const HeadlessUi& h, const display::PanelGeometry& panel,
                                    const std::string& screen);
// The same with the frame's glyphs already read (DrawnGlyphHeights), so one frame is read once.
std::vector<std::string> CheckFrame(const HeadlessUi& h, const display::PanelGeometry& panel,
                                    const std::string& screen, const std::map<char32_t, float>& glyphs);

// 大字 against normal on the same screen: every character drawn in both at least kLargeTextFactor
// times taller in 大字 (one pixel of rounding allowed); Latin letters and digits as one class.
// `normal_body_px`: 国 in the normal body font; a character the normal screen draws only larger
// (a heading) and 大字 also as body text (a page bar only 大字 needs) is measured against that.
std::vector<std::string> CheckLargeText(const std::map<char32_t, float>& normal,
                                        const std::map<char32_t, float>& large, const std::string& screen,
                                        float normal_body_px = 1e9f);

// The opaque colours of the last rendered frame's font-atlas draws (0xRRGGBB): glyphs (text) and
// everything else (fills, outlines, lines). Pictures (posters, art) are other textures: not read.
struct DrawnColours {
  std::set<unsigned> text, fills;
};
DrawnColours DrawnColoursOfFrame();

// Every colour drawn must be in the theme's one list of pairs (theme.h): a text colour as some
// pair's text, a fill as some pair's background or edge (or a text colour: underlines, ink).
// `data_colours`: colours the database gives (categories and their tints), checked elsewhere.
std::vector<std::string> CheckColoursInTheme(const DrawnColours& drawn,
                                             const std::set<unsigned>& data_colours,
                                             const std::string& screen);

// The smallest target side and the smallest ideograph of the frame, in pixels (for the report).
struct FrameMinimums {
  float target_px = 0;
  float glyph_px = 0;
};
FrameMinimums MeasureFrame(const HeadlessUi& h, const std::map<char32_t, float>& glyphs);

}  // namespace kiosk::test
