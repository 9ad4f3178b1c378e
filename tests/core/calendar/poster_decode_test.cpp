// tests/core/calendar/poster_decode_test.cpp — posters shown at the kiosk: PNG and JPEG decode and scale down; anything else, oversized or damaged is a typed error.
#include "kiosk/core/calendar/poster_image.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

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

// A legal but odd PNG: an empty IDAT chunk before the image data. Debian's stb_image copies it
// into its not-yet-allocated buffer (memcpy to a null pointer: undefined behaviour that UBSan
// stops on; found by fuzz_poster in CI), so it is refused before stb sees it.
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

TEST(PosterDecode, AnEmptyImageDataChunkIsRefusedAsDamagedAtKioskAndOffice) {
  const auto png = WithEmptyIdatFirst(Encode(8, 8, false));
  EXPECT_EQ(KindOf(png), PosterError::Kind::kCorrupt);
  try {
    PreparePoster(std::string_view(reinterpret_cast<const char*>(png.data()), png.size()));
    ADD_FAILURE() << "prepared";
  } catch (const PosterError& e) {
    EXPECT_EQ(e.kind(), PosterError::Kind::kCorrupt);
    EXPECT_EQ(e.zh(), "海报图片已损坏");
  }
}

// A damaged progressive JPEG found by fuzz_poster: Debian's stb_image would read before its
// Huffman table; progressive JPEGs are refused before it sees them.
TEST(PosterDecode, AProgressiveJpegIsRefusedBeforeStbImageReadsIt) {
  std::ifstream in(std::string(KIOSK_DEMO_DIR) + "/../../tests/fuzz/corpus/poster/progressive-code-bits-underflow.jpg",
                   std::ios::binary);
  ASSERT_TRUE(in);
  const std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(KindOf(bytes), PosterError::Kind::kCorrupt);
}

}  // namespace
}  // namespace kiosk
