// Panel geometry: millimetres per pixel from the diagonal, as measured on real panels.
#include "kiosk/core/display/panel_geometry.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace kiosk::display {
namespace {

TEST(PanelGeometry, A23Point8InchFullHdPanelHas0Point2745MmPixels) {
  const PanelGeometry panel{23.8, 1920, 1080};
  EXPECT_NEAR(panel.MmPerPx(), 0.2744, 0.0005);
  // The figures: a 72 px button is 19.8 mm here, 19 mm is 69.2 px.
  EXPECT_NEAR(panel.Mm(72), 19.76, 0.05);
  EXPECT_NEAR(panel.Px(19.0), 69.2, 0.1);
}

TEST(PanelGeometry, ASmallerPanelNeedsMorePixelsForTheSameMillimetres) {
  const PanelGeometry small{21.5, 1920, 1080}, big{32, 1920, 1080};
  EXPECT_NEAR(small.MmPerPx(), 0.2479, 0.0005);
  EXPECT_NEAR(small.Mm(72), 17.85, 0.05);  // the 17.9 mm: under the 19 mm goal
  EXPECT_GT(small.Px(19), PanelGeometry{}.Px(19));
  EXPECT_LT(big.Px(19), PanelGeometry{}.Px(19));
}

TEST(PanelGeometry, PortraitAndLandscapeHaveTheSamePixelSize) {
  EXPECT_DOUBLE_EQ((PanelGeometry{23.8, 1080, 1920}.MmPerPx()), (PanelGeometry{23.8, 1920, 1080}.MmPerPx()));
}

TEST(PanelGeometry, NoDiagonalOrNoPixelsIsRefused) {
  EXPECT_THROW((PanelGeometry{0, 1920, 1080}.MmPerPx()), std::invalid_argument);
  EXPECT_THROW((PanelGeometry{23.8, 0, 1080}.MmPerPx()), std::invalid_argument);
  EXPECT_THROW((PanelGeometry{23.8, 1920, -1}.MmPerPx()), std::invalid_argument);
}

}  // namespace
}  // namespace kiosk::display
