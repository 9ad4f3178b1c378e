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

TEST(Theme, BodyTextIsAtLeastFivePointSevenMillimetres) {
  // 24" 1080p panel: 3.61 px per mm. 5.7 mm is 20.6 px; the body font must be larger in both orientations.
  EXPECT_GE(BodyFontPixels(1920, 1080, false), 20.6f);
  EXPECT_GE(BodyFontPixels(1080, 1920, false), 20.6f);
  EXPECT_NEAR(BodyFontPixels(1920, 1080, true), BodyFontPixels(1920, 1080, false) * 1.4f, 1.0f);
}

}  // namespace
}  // namespace kiosk::ui
