// Theme: text colours meet 7:1 contrast on the surfaces they are drawn on.
#include <gtest/gtest.h>

#include "kiosk/ui/theme.h"

namespace kiosk::ui {
namespace {

TEST(Theme, ContrastFormulaMatchesKnownValues) {
  EXPECT_NEAR(ContrastRatio(0x000000, 0xFFFFFF), 21.0, 0.01);
  EXPECT_NEAR(ContrastRatio(0x777777, 0xFFFFFF), 4.48, 0.02);
}

TEST(Theme, EveryTextAndSurfacePairIsAtLeastSevenToOne) {
  using namespace palette;
  const std::pair<unsigned, unsigned> pairs[] = {
      {kText, kBackground},  {kText, kSurface},       {kTextMuted, kSurface},    {kTextMuted, kBackground},
      {kOnDark, kPartyRed},  {kOnDark, kTileBlue},    {kOnDark, kTileGreen},     {kOnDark, kTileOrange},
      {kOnDark, kTilePurple}, {kOnDark, kTileTeal},   {kOnDark, kNeutralButton}, {kPartyRed, kSurface},
  };
  for (const auto& [fg, bg] : pairs)
    EXPECT_GE(ContrastRatio(fg, bg), 7.0) << std::hex << fg << " on " << bg;
}

TEST(Theme, BodyFontFollowsThePanelNotTheWindow) {
  // The same 1920x1080 pixels on a smaller panel are smaller, so the font takes more of them.
  const float small = BodyFontPixels(display::PanelGeometry{21.5, 1920, 1080}, false);
  const float usual = BodyFontPixels(display::PanelGeometry{23.8, 1920, 1080}, false);
  const float big = BodyFontPixels(display::PanelGeometry{32, 1920, 1080}, false);
  EXPECT_GT(small, usual);
  EXPECT_GT(usual, big);
  EXPECT_EQ(BodyFontPixels(display::PanelGeometry{23.8, 1080, 1920}, false), usual);  // portrait
  EXPECT_GE(BodyFontPixels(display::PanelGeometry{23.8, 1920, 1080}, true), usual * 1.4f);
}

}  // namespace
}  // namespace kiosk::ui
