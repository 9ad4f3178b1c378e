// kiosk/app/screenshot.cpp — glReadPixels + stb_image_write (linked from Debian's libstb).
#include "kiosk/app/screenshot.h"

#include <GLFW/glfw3.h>  // brings <GL/gl.h>: glReadPixels is OpenGL 1.0, no loader needed
#include <stb_image_write.h>

#include <cstdio>
#include <cstring>
#include <vector>

namespace kiosk::app {

void SaveBackBufferPng(const std::string& path, int width, int height) {
  const size_t stride = static_cast<size_t>(width) * 3;
  std::vector<unsigned char> pixels(stride * static_cast<size_t>(height));
  glPixelStorei(GL_PACK_ALIGNMENT, 1);  // rows of 3-byte pixels are not 4-aligned
  glReadBuffer(GL_BACK);
  glReadPixels(0, 0, width, height, GL_RGB, GL_UNSIGNED_BYTE, pixels.data());
  if (glGetError() != GL_NO_ERROR) throw ScreenshotError("glReadPixels 失败 / glReadPixels failed");

  // OpenGL rows go bottom-up, PNG rows top-down.
  std::vector<unsigned char> row(stride);
  for (int y = 0; y < height / 2; ++y) {
    unsigned char* top = pixels.data() + stride * static_cast<size_t>(y);
    unsigned char* bottom = pixels.data() + stride * static_cast<size_t>(height - 1 - y);
    std::memcpy(row.data(), top, stride);
    std::memcpy(top, bottom, stride);
    std::memcpy(bottom, row.data(), stride);
  }

  const std::string temp = path + ".tmp";
  if (!stbi_write_png(temp.c_str(), width, height, 3, pixels.data(), static_cast<int>(stride)))
    throw ScreenshotError("无法写入截图 / cannot write screenshot " + temp);
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    std::remove(temp.c_str());
    throw ScreenshotError("无法写入截图 / cannot write screenshot " + path);
  }
}

}  // namespace kiosk::app
