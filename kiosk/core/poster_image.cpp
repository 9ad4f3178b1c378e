// kiosk/core/poster_image.cpp — stb_image for PNG and JPEG only, caps before allocation, and a
// box-filter downscale to the display size.
#include "kiosk/core/poster_image.h"

#include <algorithm>
#include <memory>
#include <string>

// The one translation unit that compiles stb_image: only the two formats DESIGN.md allows.
#define STB_IMAGE_IMPLEMENTATION
#define STBI_ONLY_PNG
#define STBI_ONLY_JPEG
#define STBI_NO_STDIO
#define STBI_NO_LINEAR
#define STBI_NO_HDR
#define STBI_MAX_DIMENSIONS 8192
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wconversion"
#pragma GCC diagnostic ignored "-Wshadow"
#pragma GCC diagnostic ignored "-Wsign-compare"
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#include <stb_image.h>
#pragma GCC diagnostic pop

namespace kiosk {
namespace {

bool IsPng(std::span<const uint8_t> b) {
  static constexpr uint8_t kSig[] = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  return b.size() >= sizeof kSig && std::equal(std::begin(kSig), std::end(kSig), b.begin());
}
bool IsJpeg(std::span<const uint8_t> b) {
  return b.size() >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF;
}

struct StbiFree {
  void operator()(stbi_uc* p) const { stbi_image_free(p); }
};

// Averages each destination pixel's source box: good enough for photos scaled down once.
PosterImage Downscale(const stbi_uc* src, int w, int h, int max_side) {
  const double scale = std::min(1.0, static_cast<double>(max_side) / std::max(w, h));
  PosterImage out;
  out.width = std::max(1, static_cast<int>(w * scale));
  out.height = std::max(1, static_cast<int>(h * scale));
  out.rgba.resize(static_cast<size_t>(out.width) * out.height * 4);
  for (int y = 0; y < out.height; ++y) {
    const int y0 = y * h / out.height, y1 = std::max(y0 + 1, (y + 1) * h / out.height);
    for (int x = 0; x < out.width; ++x) {
      const int x0 = x * w / out.width, x1 = std::max(x0 + 1, (x + 1) * w / out.width);
      unsigned sum[4] = {0, 0, 0, 0};
      for (int sy = y0; sy < y1; ++sy)
        for (int sx = x0; sx < x1; ++sx)
          for (int c = 0; c < 4; ++c) sum[c] += src[(static_cast<size_t>(sy) * w + sx) * 4 + c];
      const unsigned n = static_cast<unsigned>((y1 - y0) * (x1 - x0));
      for (int c = 0; c < 4; ++c)
        out.rgba[(static_cast<size_t>(y) * out.width + x) * 4 + c] = static_cast<uint8_t>(sum[c] / n);
    }
  }
  return out;
}

}  // namespace

PosterImage DecodePoster(std::span<const uint8_t> bytes, const PosterLimits& limits) {
  using Kind = PosterError::Kind;
  if (bytes.empty()) throw PosterError(Kind::kEmpty, "海报为空 / the poster is empty");
  if (bytes.size() > limits.max_bytes)
    throw PosterError(Kind::kTooManyBytes, "海报文件过大（" + std::to_string(bytes.size()) +
                                               " 字节） / poster too big (" + std::to_string(bytes.size()) +
                                               " bytes)");
  if (!IsPng(bytes) && !IsJpeg(bytes))
    throw PosterError(Kind::kNotPngOrJpeg,
                      "海报不是 PNG 或 JPEG 图片 / the poster is not a PNG or JPEG image");
  if (bytes.size() > static_cast<size_t>(INT32_MAX)) throw PosterError(Kind::kTooManyBytes, "poster too big");
  const int length = static_cast<int>(bytes.size());
  int w = 0, h = 0, channels = 0;
  if (!stbi_info_from_memory(bytes.data(), length, &w, &h, &channels))
    throw PosterError(Kind::kCorrupt,
                      std::string("海报图片已损坏 / the poster image is damaged: ") + stbi_failure_reason());
  if (w <= 0 || h <= 0 || w > limits.max_source_side || h > limits.max_source_side)
    throw PosterError(Kind::kTooLarge, "海报尺寸过大（" + std::to_string(w) + "x" + std::to_string(h) +
                                           "） / poster dimensions too large (" + std::to_string(w) + "x" +
                                           std::to_string(h) + ")");
  std::unique_ptr<stbi_uc, StbiFree> pixels(
      stbi_load_from_memory(bytes.data(), length, &w, &h, &channels, 4));
  if (!pixels)
    throw PosterError(Kind::kCorrupt,
                      std::string("海报图片已损坏 / the poster image is damaged: ") + stbi_failure_reason());
  return Downscale(pixels.get(), w, h, limits.max_display_side);
}

}  // namespace kiosk
