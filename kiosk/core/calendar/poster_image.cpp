// kiosk/core/calendar/poster_image.cpp — poster checks and decoding with stb_image built in this file
// only for PNG and JPEG (every other decoder compiled out), with a dimension cap; scaling with
// stb_image_resize and encoding with stb_image_write. All stb functions are static to this file
// so they never clash with Debian's libstb that the kiosk app links.
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
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "kiosk/core/calendar/poster_image.h"

namespace kiosk {

namespace {

bool IsPng(std::span<const uint8_t> b) {
  static constexpr uint8_t kSig[] = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  return b.size() >= sizeof kSig && std::equal(std::begin(kSig), std::end(kSig), b.begin());
}
bool IsJpeg(std::span<const uint8_t> b) { return b.size() >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF; }

struct StbFree {
  void operator()(stbi_uc* pixels) const { stbi_image_free(pixels); }
};

// Debian's stb_image overruns its Huffman size table (257 entries) on a DHT segment whose code
// counts add up to more than 256; found by tests/fuzz/fuzz_poster. Every DHT segment of the file
// (before and between scans) is checked here first. False: refuse the file as damaged.
//
// Its progressive decoder also lets the bit count go negative on a damaged file, then shifts by 32
// and reads before its Huffman table (found by fuzz_poster; tests/fuzz/corpus/poster/
// progressive-code-bits-underflow.jpg): progressive JPEGs (SOF2) are refused, baseline ones kept.
bool JpegIsSafeForStb(const uint8_t* b, size_t n) {
  size_t i = 2;  // after SOI
  while (i + 1 < n) {
    if (b[i] != 0xFF) {  // entropy-coded data
      ++i;
      continue;
    }
    const uint8_t marker = b[i + 1];
    if (marker == 0xFF) {  // fill byte
      ++i;
      continue;
    }
    if (marker == 0x00 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) {  // stuffing, TEM, RSTn, SOI
      i += 2;
      continue;
    }
    if (marker == 0xD9 || i + 3 >= n) return true;  // EOI, or the end
    const size_t length = static_cast<size_t>(b[i + 2]) << 8 | b[i + 3];
    if (marker == 0xC2) return false;  // progressive: see JpegIsSafeForStb
    if (marker == 0xC4) {
      const size_t end = std::min(n, i + 2 + length);
      for (size_t at = i + 4; at < end;) {  // a cut-short table counts too: stb reads zeros past the end
        size_t total = 0;
        for (size_t k = 1; k <= 16 && at + k < n; ++k) total += b[at + k];
        if (total > 256) return false;
        at += 17 + total;
      }
    }
    i += 2 + length;
  }
  return true;
}

// Debian's stb_image copies an empty IDAT chunk that comes before any image data into its
// not-yet-allocated buffer (memcpy to a null pointer, undefined behaviour; found by
// tests/fuzz/fuzz_poster). No encoder writes an empty IDAT, so such a file is refused as damaged.
bool PngHasNoEmptyImageChunk(std::span<const uint8_t> b) {
  for (size_t i = 8; i + 8 <= b.size();) {
    const size_t length = static_cast<size_t>(b[i]) << 24 | static_cast<size_t>(b[i + 1]) << 16 |
                          static_cast<size_t>(b[i + 2]) << 8 | b[i + 3];
    if (length == 0 && std::equal(b.begin() + static_cast<std::ptrdiff_t>(i + 4),
                                  b.begin() + static_cast<std::ptrdiff_t>(i + 8), "IDAT"))
      return false;
    if (length > b.size() - i - 8) return true;  // cut short: stb_image refuses it by itself
    i += 12 + length;
  }
  return true;
}

// The checks stb_image cannot be trusted with, before it sees the bytes (office and kiosk alike).
void CheckBeforeDecoding(std::span<const uint8_t> b) {
  using Kind = PosterError::Kind;
  if (!IsPng(b) && !IsJpeg(b))
    throw PosterError(Kind::kNotPngOrJpeg, "海报不是 PNG 或 JPEG 图片", "the poster is not a PNG or JPEG image");
  if (b.size() > static_cast<size_t>(INT32_MAX)) throw PosterError(Kind::kTooManyBytes, "海报文件过大", "poster too big");
  if (IsJpeg(b) && !JpegIsSafeForStb(b.data(), b.size()))
    throw PosterError(Kind::kCorrupt, "海报图片已损坏或是渐进式 JPEG，请另存为普通 JPEG 或 PNG",
                      "the poster is damaged or a progressive JPEG; save it as a baseline JPEG or a PNG");
  if (IsPng(b) && !PngHasNoEmptyImageChunk(b))
    throw PosterError(Kind::kCorrupt, "海报图片已损坏", "the poster image is damaged: an empty image data chunk");
}

void AppendBytes(void* context, void* data, int size) {
  static_cast<std::string*>(context)->append(static_cast<const char*>(data), static_cast<size_t>(size));
}

}  // namespace

std::string PreparePoster(std::string_view image, PosterInfo* info) {
  if (image.size() > kPosterMaxBytes) {
    throw PosterError(PosterError::Kind::kTooManyBytes, "海报文件太大（" + std::to_string(image.size() / 1024) + " KB，最多 " +
                          std::to_string(kPosterMaxBytes / 1024 / 1024) + " MB）",
                      "poster file too large (" + std::to_string(image.size() / 1024) + " KB, at most " +
                          std::to_string(kPosterMaxBytes / 1024 / 1024) + " MB)");
  }
  const auto* bytes = reinterpret_cast<const stbi_uc*>(image.data());
  const std::span<const uint8_t> span(bytes, image.size());
  CheckBeforeDecoding(span);
  const bool png = IsPng(span);
  const int length = static_cast<int>(image.size());
  int width = 0, height = 0, channels = 0;
  if (!stbi_info_from_memory(bytes, length, &width, &height, &channels) || width <= 0 || height <= 0) {
    throw PosterError(PosterError::Kind::kCorrupt, "海报图片已损坏", "poster image is damaged");
  }
  if (std::max(width, height) > kPosterMaxSide) {
    throw PosterError(PosterError::Kind::kTooLarge, "海报尺寸太大（" + std::to_string(width) + "×" + std::to_string(height) + "，最长边最多 " +
                          std::to_string(kPosterMaxSide) + "）",
                      "poster too large (" + std::to_string(width) + "x" + std::to_string(height) +
                          ", longest side at most " + std::to_string(kPosterMaxSide) + ")");
  }
  // Decode even when keeping the original: a file whose header is fine but body is not is rejected.
  std::unique_ptr<stbi_uc, StbFree> pixels(stbi_load_from_memory(bytes, length, &width, &height, &channels, 0));
  if (!pixels) throw PosterError(PosterError::Kind::kCorrupt, "海报图片已损坏", "poster image is damaged");
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
    throw PosterError(PosterError::Kind::kCorrupt, "海报无法缩放", "poster cannot be scaled");
  }
  std::string out;
  const int ok = png ? stbi_write_png_to_func(AppendBytes, &out, out_width, out_height, channels, scaled.data(),
                                              out_width * channels)
                     : stbi_write_jpg_to_func(AppendBytes, &out, out_width, out_height, channels, scaled.data(), 85);
  if (!ok || out.empty()) throw PosterError(PosterError::Kind::kCorrupt, "海报无法重新编码", "poster cannot be re-encoded");
  if (info) *info = {out_width, out_height, png};
  return out;
}

namespace {

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
  if (bytes.empty()) throw PosterError(Kind::kEmpty, "海报为空", "the poster is empty");
  if (bytes.size() > limits.max_bytes)
    throw PosterError(Kind::kTooManyBytes, "海报文件过大（" + std::to_string(bytes.size()) + " 字节）",
                      "poster too big (" + std::to_string(bytes.size()) + " bytes)");
  CheckBeforeDecoding(bytes);
  const int length = static_cast<int>(bytes.size());
  int w = 0, h = 0, channels = 0;
  if (!stbi_info_from_memory(bytes.data(), length, &w, &h, &channels))
    throw PosterError(Kind::kCorrupt, "海报图片已损坏", std::string("the poster image is damaged: ") + stbi_failure_reason());
  if (w <= 0 || h <= 0 || w > limits.max_source_side || h > limits.max_source_side)
    throw PosterError(Kind::kTooLarge, "海报尺寸过大（" + std::to_string(w) + "x" + std::to_string(h) + "）",
                      "poster dimensions too large (" + std::to_string(w) + "x" + std::to_string(h) + ")");
  std::unique_ptr<stbi_uc, StbiFree> pixels(
      stbi_load_from_memory(bytes.data(), length, &w, &h, &channels, 4));
  if (!pixels)
    throw PosterError(Kind::kCorrupt, "海报图片已损坏", std::string("the poster image is damaged: ") + stbi_failure_reason());
  return Downscale(pixels.get(), w, h, limits.max_display_side);
}


}  // namespace kiosk
