// kiosk/core/poster_image.cpp — poster checks with stb_image built in this file only for PNG and
// JPEG (every other decoder compiled out), with a dimension cap; scaling with stb_image_resize
// and encoding with stb_image_write. All stb functions are static to this file so they never
// clash with Debian's libstb that the kiosk app links.
#define STB_IMAGE_IMPLEMENTATION
#define STB_IMAGE_STATIC
#define STBI_ONLY_PNG
#define STBI_ONLY_JPEG
#define STBI_NO_STDIO
#define STBI_NO_LINEAR
#define STBI_NO_HDR
#define STBI_MAX_DIMENSIONS 8192
#include <stb_image.h>
#define STB_IMAGE_RESIZE_IMPLEMENTATION
#define STB_IMAGE_RESIZE_STATIC
#include <stb_image_resize.h>
#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STB_IMAGE_WRITE_STATIC
#define STBI_WRITE_NO_STDIO
#include <stb_image_write.h>

#include <algorithm>
#include <memory>
#include <vector>

#include "kiosk/core/poster_image.h"

namespace kiosk {

namespace {

bool LooksLikePng(std::string_view b) { return b.starts_with("\x89PNG\r\n\x1a\n"); }
bool LooksLikeJpeg(std::string_view b) { return b.size() > 3 && b.starts_with("\xFF\xD8\xFF"); }

struct StbFree {
  void operator()(stbi_uc* pixels) const { stbi_image_free(pixels); }
};

void AppendBytes(void* context, void* data, int size) {
  static_cast<std::string*>(context)->append(static_cast<const char*>(data), static_cast<size_t>(size));
}

}  // namespace

std::string PreparePoster(std::string_view image, PosterInfo* info) {
  if (image.size() > kPosterMaxBytes) {
    throw PosterError("海报文件太大（" + std::to_string(image.size() / 1024) + " KB，最多 " +
                          std::to_string(kPosterMaxBytes / 1024 / 1024) + " MB）",
                      "poster file too large (" + std::to_string(image.size() / 1024) + " KB, at most " +
                          std::to_string(kPosterMaxBytes / 1024 / 1024) + " MB)");
  }
  const bool png = LooksLikePng(image);
  if (!png && !LooksLikeJpeg(image)) throw PosterError("海报不是 PNG 或 JPEG 图片", "poster is not a PNG or JPEG image");
  const auto* bytes = reinterpret_cast<const stbi_uc*>(image.data());
  const int length = static_cast<int>(image.size());
  int width = 0, height = 0, channels = 0;
  if (!stbi_info_from_memory(bytes, length, &width, &height, &channels) || width <= 0 || height <= 0) {
    throw PosterError("海报图片已损坏", "poster image is damaged");
  }
  if (std::max(width, height) > kPosterMaxSide) {
    throw PosterError("海报尺寸太大（" + std::to_string(width) + "×" + std::to_string(height) + "，最长边最多 " +
                          std::to_string(kPosterMaxSide) + "）",
                      "poster too large (" + std::to_string(width) + "x" + std::to_string(height) +
                          ", longest side at most " + std::to_string(kPosterMaxSide) + ")");
  }
  // Decode even when keeping the original: a file whose header is fine but body is not is rejected.
  std::unique_ptr<stbi_uc, StbFree> pixels(stbi_load_from_memory(bytes, length, &width, &height, &channels, 0));
  if (!pixels) throw PosterError("海报图片已损坏", "poster image is damaged");
  if (std::max(width, height) <= kStoredMaxSide && image.size() <= kKeepOriginalBytes) {
    if (info) *info = {width, height, png};
    return std::string(image);
  }
  const double scale = std::min(1.0, static_cast<double>(kStoredMaxSide) / std::max(width, height));
  const int out_width = std::max(1, static_cast<int>(width * scale + 0.5));
  const int out_height = std::max(1, static_cast<int>(height * scale + 0.5));
  std::vector<stbi_uc> scaled(static_cast<size_t>(out_width) * static_cast<size_t>(out_height) *
                              static_cast<size_t>(channels));
  if (!stbir_resize_uint8(pixels.get(), width, height, 0, scaled.data(), out_width, out_height, 0, channels)) {
    throw PosterError("海报无法缩放", "poster cannot be scaled");
  }
  std::string out;
  const int ok = png ? stbi_write_png_to_func(AppendBytes, &out, out_width, out_height, channels, scaled.data(),
                                              out_width * channels)
                     : stbi_write_jpg_to_func(AppendBytes, &out, out_width, out_height, channels, scaled.data(), 85);
  if (!ok || out.empty()) throw PosterError("海报无法重新编码", "poster cannot be re-encoded");
  if (info) *info = {out_width, out_height, png};
  return out;
}

}  // namespace kiosk
