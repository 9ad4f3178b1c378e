// tests/core/calendar/poster_prepare_test.cpp — posters from office calendars: PNG/JPEG only, byte and size
// caps checked before decoding, small ones kept as they are, large ones scaled once to 1024 px.
#include "kiosk/core/calendar/poster_image.h"

#include <gtest/gtest.h>

// The test encodes its own images; static so nothing clashes with kiosk_core's copy.
#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STB_IMAGE_WRITE_STATIC
#define STBI_WRITE_NO_STDIO
#include <stb_image_write.h>

#include <string>
#include <vector>

namespace kiosk {
namespace {

void Append(void* context, void* data, int size) {
  static_cast<std::string*>(context)->append(static_cast<const char*>(data), static_cast<size_t>(size));
}

std::string Image(int width, int height, bool png) {
  std::vector<unsigned char> pixels(static_cast<size_t>(width) * static_cast<size_t>(height) * 3);
  for (size_t i = 0; i < pixels.size(); ++i) pixels[i] = static_cast<unsigned char>(i * 7 % 251);
  std::string out;
  if (png) stbi_write_png_to_func(Append, &out, width, height, 3, pixels.data(), width * 3);
  else stbi_write_jpg_to_func(Append, &out, width, height, 3, pixels.data(), 90);
  return out;
}

std::string Problem(const std::string& bytes) {
  try {
    PreparePoster(bytes);
  } catch (const PosterError& error) {
    return std::string(error.zh()) + " / " + error.what();
  }
  return "(accepted)";
}

TEST(PosterPrepare, SmallPosterIsStoredByteForByte) {
  const std::string png = Image(40, 30, true);
  PosterInfo info;
  EXPECT_EQ(PreparePoster(png, &info), png);
  EXPECT_EQ(info.width, 40);
  EXPECT_EQ(info.height, 30);
}

TEST(PosterPrepare, LargePosterIsScaledOnceKeepingItsFormatAndShape) {
  PosterInfo info;
  const std::string png = PreparePoster(Image(2000, 500, true), &info);
  EXPECT_TRUE(png.starts_with("\x89PNG"));
  EXPECT_EQ(info.width, 1024);
  EXPECT_EQ(info.height, 256);
  const std::string jpeg = PreparePoster(Image(1200, 3000, false), &info);
  EXPECT_TRUE(jpeg.starts_with("\xFF\xD8\xFF"));
  EXPECT_EQ(info.width, 410);
  EXPECT_EQ(info.height, 1024);
  EXPECT_EQ(PreparePoster(jpeg), jpeg);  // already within the caps: a second import changes nothing
}

TEST(PosterPrepare, RefusesWhatIsNotPngOrJpegOrTooBig) {
  EXPECT_EQ(Problem("GIF89a\x01\x00\x01\x00"), "海报不是 PNG 或 JPEG 图片 / the poster is not a PNG or JPEG image");
  EXPECT_EQ(Problem(Image(8001, 2, true)),
            "海报尺寸太大（8001×2，最长边最多 8000） / poster too large (8001x2, longest side at most 8000)");
  std::string huge = Image(10, 10, true);
  huge.resize(9 * 1024 * 1024, '\0');
  EXPECT_NE(Problem(huge).find("poster file too large"), std::string::npos);
  const std::string png = Image(300, 300, true);
  EXPECT_TRUE(Problem(png.substr(0, png.size() / 2)).starts_with("海报图片已损坏 / the poster image is damaged: "));
}

}  // namespace
}  // namespace kiosk
