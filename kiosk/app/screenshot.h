// kiosk/app/screenshot.h — saves what was just rendered as a PNG (for docs, demos and tests).
#pragma once

#include <stdexcept>
#include <string>

namespace kiosk::app {

class ScreenshotError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Reads the current GL context's back buffer (call after rendering, before swapping), flips the
// rows to top-down and writes an RGB PNG atomically (temp file + rename). Throws ScreenshotError.
void SaveBackBufferPng(const std::string& path, int width, int height);

}  // namespace kiosk::app
