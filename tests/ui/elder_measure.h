// tests/ui/elder_measure.h — measures a drawn frame against the physical goals of issue 11 (targets
// in mm from the target registry, glyphs in mm from ImGui's draw lists) and says what misses them:
// each finding names the screen, the target or character, the measure and the goal.
#pragma once

#include <imgui.h>

#include <map>
#include <string>
#include <vector>

#include "headless_ui.h"
#include "kiosk/core/display/panel_geometry.h"

namespace kiosk::test {

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

// 大字 against normal on the same screen: every character drawn in both at least kLargeTextFactor
// times taller in 大字 (one pixel of rounding allowed).
std::vector<std::string> CheckLargeText(const std::map<char32_t, float>& normal,
                                        const std::map<char32_t, float>& large, const std::string& screen);

// The smallest target side and the smallest ideograph of the frame, in pixels (for the report).
struct FrameMinimums {
  float target_px = 0;
  float glyph_px = 0;
};
FrameMinimums MeasureFrame(const HeadlessUi& h);

}  // namespace kiosk::test
