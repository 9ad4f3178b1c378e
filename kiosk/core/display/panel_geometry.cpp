// kiosk/core/display/panel_geometry.cpp — millimetres per pixel of a panel.
#include "kiosk/core/display/panel_geometry.h"

#include <cmath>
#include <stdexcept>

namespace kiosk::display {

double PanelGeometry::MmPerPx() const {
  if (!(diagonal_inches > 0) || width_px <= 0 || height_px <= 0)
    throw std::invalid_argument("a panel needs a positive diagonal and pixel size");
  const double diagonal_px = std::hypot(static_cast<double>(width_px), static_cast<double>(height_px));
  return diagonal_inches * 25.4 / diagonal_px;
}

}  // namespace kiosk::display
