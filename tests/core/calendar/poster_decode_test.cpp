// tests/core/calendar/poster_decode_test.cpp — posters shown at the kiosk: PNG and JPEG decode and scale down; anything else, oversized or damaged is a typed error.
#include "kiosk/core/calendar/poster_image.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include <turbojpeg.h>

#define STB_IMAGE_WRITE_IMPLEMENTATION
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wconversion"
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#include <stb_image_write.h>
#pragma GCC diagnostic pop

namespace kiosk {
namespace {

std::vector<uint8_t> Encode(int w, int h, bool jpeg) {
  std::vector<uint8_t> rgba(static_cast<size_t>(w) * h * 4);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      uint8_t* p = &rgba[(static_cast<size_t>(y) * w + x) * 4];
      p[0] = x < w / 2 ? 200 : 20;  // left half red-ish, right half dark
      p[1] = 30;
      p[2] = 30;
      p[3] = 255;
    }
  std::vector<uint8_t> out;
  auto sink = [](void* ctx, void* data, int size) {
    auto* v = static_cast<std::vector<uint8_t>*>(ctx);
    v->insert(v->end(), static_cast<uint8_t*>(data), static_cast<uint8_t*>(data) + size);
  };
  if (jpeg)
    stbi_write_jpg_to_func(sink, &out, w, h, 4, rgba.data(), 90);
  else
    stbi_write_png_to_func(sink, &out, w, h, 4, rgba.data(), w * 4);
  return out;
}

PosterError::Kind KindOf(const std::vector<uint8_t>& bytes, const PosterLimits& limits = {}) {
  try {
    DecodePoster(bytes, limits);
  } catch (const PosterError& e) {
    return e.kind();
  }
  ADD_FAILURE() << "decoded";
  return PosterError::Kind::kEmpty;
}

TEST(PosterDecode, PngDecodesToRgba) {
  const auto image = DecodePoster(Encode(40, 30, false));
  EXPECT_EQ(image.width, 40);
  EXPECT_EQ(image.height, 30);
  ASSERT_EQ(image.rgba.size(), 40u * 30 * 4);
  EXPECT_EQ(image.rgba[0], 200);
  EXPECT_EQ(image.rgba[(39) * 4], 20);
}

TEST(PosterDecode, JpegDecodesAndLargeOnesAreScaledDownOnce) {
  PosterLimits limits;
  limits.max_display_side = 100;
  const auto image = DecodePoster(Encode(400, 200, true), limits);
  EXPECT_EQ(image.width, 100);
  EXPECT_EQ(image.height, 50);
  EXPECT_NEAR(image.rgba[0], 200, 12);  // the colours survive the box filter
  EXPECT_NEAR(image.rgba[99 * 4], 20, 12);
}

TEST(PosterDecode, RefusesWhatIsNotPngOrJpeg) {
  EXPECT_EQ(KindOf({}), PosterError::Kind::kEmpty);
  EXPECT_EQ(KindOf({'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0}), PosterError::Kind::kNotPngOrJpeg);
  EXPECT_EQ(KindOf({'B', 'M', 0, 0, 0, 0}), PosterError::Kind::kNotPngOrJpeg);
}

TEST(PosterDecode, CapsAreCheckedBeforeDecoding) {
  PosterLimits limits;
  limits.max_bytes = 100;
  EXPECT_EQ(KindOf(Encode(64, 64, false), limits), PosterError::Kind::kTooManyBytes);
  PosterLimits small;
  small.max_source_side = 32;
  EXPECT_EQ(KindOf(Encode(64, 16, false), small), PosterError::Kind::kTooLarge);
}

TEST(PosterDecode, DamagedImagesAreTypedErrors) {
  auto png = Encode(32, 32, false);
  png.resize(png.size() / 2);  // cut in half
  EXPECT_EQ(KindOf(png), PosterError::Kind::kCorrupt);
  std::vector<uint8_t> header_only = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  EXPECT_EQ(KindOf(header_only), PosterError::Kind::kCorrupt);
}

// A legal but odd PNG: an empty IDAT chunk before the image data (the old stb_image decoder did
// a memcpy to a null pointer on it; found by fuzz_poster in CI). libpng reads it as the image it is.
std::vector<uint8_t> WithEmptyIdatFirst(std::vector<uint8_t> png) {
  auto crc32 = [](const uint8_t* p, size_t n) {
    uint32_t c = 0xFFFFFFFFu;
    for (size_t i = 0; i < n; ++i) {
      c ^= p[i];
      for (int k = 0; k < 8; ++k) c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
    }
    return ~c;
  };
  const uint8_t type[] = {'I', 'D', 'A', 'T'};
  const uint32_t crc = crc32(type, 4);
  const std::vector<uint8_t> chunk = {0, 0, 0, 0, 'I', 'D', 'A', 'T', static_cast<uint8_t>(crc >> 24),
                                      static_cast<uint8_t>(crc >> 16), static_cast<uint8_t>(crc >> 8),
                                      static_cast<uint8_t>(crc)};
  const size_t after_ihdr = 8 + 12 + 13;  // signature, IHDR (stb_image_write puts it first)
  png.insert(png.begin() + static_cast<std::ptrdiff_t>(after_ihdr), chunk.begin(), chunk.end());
  return png;
}

TEST(PosterDecode, AnEmptyImageDataChunkIsReadAsTheImageItIs) {
  const auto png = WithEmptyIdatFirst(Encode(8, 8, false));
  const PosterImage image = DecodePoster(png);
  EXPECT_EQ(image.width, 8);
  EXPECT_EQ(image.rgba[0], 200);
  PosterInfo info;
  PreparePoster(std::string_view(reinterpret_cast<const char*>(png.data()), png.size()), &info);
  EXPECT_EQ(info.width, 8);
}

std::vector<uint8_t> ReadFile(const std::string& relative) {
  std::ifstream in(std::string(KIOSK_DEMO_DIR) + "/../../" + relative, std::ios::binary);
  EXPECT_TRUE(in) << relative;
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Damaged JPEGs on which Debian's stb_image shifted by 32 or more and read before its Huffman
// table (found by fuzz_poster): the decoder is libjpeg-turbo now, and both are refused as damaged,
// with the Chinese sentence first.
TEST(PosterDecode, JpegsThatBrokeTheOldDecoderAreRefusedAsDamaged) {
  for (const char* file : {"tests/fuzz/corpus/poster/progressive-code-bits-underflow.jpg",
                           "tests/fuzz/corpus/poster/baseline-shift-exponent.jpg"}) {
    try {
      DecodePoster(ReadFile(file));
      ADD_FAILURE() << file << " decoded";
    } catch (const PosterError& e) {
      EXPECT_EQ(e.kind(), PosterError::Kind::kCorrupt) << file;
      EXPECT_EQ(e.zh(), "海报图片已损坏") << file;
    }
  }
}

std::vector<uint8_t> TurboJpeg(const std::vector<uint8_t>& pixels, int w, int h, int pixel_format, int flags) {
  tjhandle handle = tjInitCompress();
  unsigned char* jpeg = nullptr;
  unsigned long size = 0;
  EXPECT_EQ(tjCompress2(handle, pixels.data(), w, 0, h, pixel_format, &jpeg, &size, TJSAMP_444, 95, flags), 0)
      << tjGetErrorStr2(handle);
  std::vector<uint8_t> out(jpeg, jpeg + size);
  tjFree(jpeg);
  tjDestroy(handle);
  return out;
}

// Phones and image editors save progressive JPEGs; the poster must show, not be refused.
TEST(PosterDecode, AProgressiveJpegDecodes) {
  std::vector<uint8_t> rgba(64 * 32 * 4);
  for (size_t i = 0; i < rgba.size(); i += 4) rgba[i] = 200, rgba[i + 1] = 30, rgba[i + 2] = 30, rgba[i + 3] = 255;
  const PosterImage image = DecodePoster(TurboJpeg(rgba, 64, 32, TJPF_RGBA, TJFLAG_PROGRESSIVE));
  EXPECT_EQ(image.width, 64);
  EXPECT_EQ(image.height, 32);
  EXPECT_NEAR(image.rgba[0], 200, 6);
  EXPECT_NEAR(image.rgba[1], 30, 6);
}

// Print shops send CMYK JPEGs (Adobe-inverted: 255 = no ink): shown in their colours.
TEST(PosterDecode, ACmykJpegShowsInItsColours) {
  std::vector<uint8_t> cmyk(16 * 16 * 4);
  for (size_t i = 0; i < cmyk.size(); i += 4) cmyk[i] = 255, cmyk[i + 1] = 55, cmyk[i + 2] = 55, cmyk[i + 3] = 255;
  const PosterImage image = DecodePoster(TurboJpeg(cmyk, 16, 16, TJPF_CMYK, 0));
  EXPECT_NEAR(image.rgba[0], 255, 8);  // no cyan ink: red stays
  EXPECT_NEAR(image.rgba[1], 55, 8);
  EXPECT_NEAR(image.rgba[2], 55, 8);
  EXPECT_EQ(image.rgba[3], 255);
}

TEST(PosterDecode, AJpegWithTrailingGarbageInItsDataIsRefused) {
  auto jpeg = Encode(32, 32, true);
  for (size_t i = jpeg.size() / 2; i < jpeg.size() - 2; i += 7) jpeg[i] = 0xFF;  // markers where data should be
  EXPECT_EQ(KindOf(jpeg), PosterError::Kind::kCorrupt);
}

}  // namespace
}  // namespace kiosk
