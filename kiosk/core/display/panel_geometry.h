// kiosk/core/display/panel_geometry.h — physical size on the kiosk's panel: millimetres per
// pixel from the panel's diagonal (kiosk.toml panel_diagonal_inches) and its pixels, and the
// goals every screen is measured against (DESIGN.md's touch rules, twice the MIIT 适老化 minimums).
//
// Implements:
//   PanelGeometry   a panel's diagonal and pixels; mm per px, px for a length in mm
//   goals::         the physical goals, in millimetres and ratios (one place for every check)
#pragma once

namespace kiosk::display {

// Square pixels are assumed (every panel a kiosk is sold with): the diagonal in pixels maps to
// the diagonal in millimetres.
struct PanelGeometry {
  double diagonal_inches = 23.8;  // kiosk.toml panel_diagonal_inches
  int width_px = 1920;            // the window's pixels (the kiosk runs full-screen)
  int height_px = 1080;

  // Throws std::invalid_argument when the diagonal or a side is not positive.
  double MmPerPx() const;
  double Mm(double px) const { return px * MmPerPx(); }
  double Px(double mm) const { return mm / MmPerPx(); }
};

namespace goals {
constexpr double kMinTargetMm = 19.0;     // every target, in both directions
constexpr double kMinBodyGlyphMm = 5.7;   // the rendered height of a CJK ideograph in body text
constexpr double kMinGapMm = 2.0;         // between adjacent targets
constexpr double kLargeTextFactor = 1.4;  // 大字: every text at least this much larger, never smaller
constexpr double kMinLineSpacing = 1.3;   // line pitch over the rendered ideograph height
constexpr double kMinTextContrast = 7.0;  // WCAG contrast of text on its background
constexpr double kMinEdgeContrast = 3.0;  // WCAG contrast of an edge that separates targets
// What the kiosk sizes to, a little above the goals, so rounding to whole pixels never falls under.
constexpr double kDesignTargetMm = 19.5;
constexpr double kDesignBodyGlyphMm = 6.0;
}  // namespace goals

}  // namespace kiosk::display
