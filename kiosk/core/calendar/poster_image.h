// kiosk/core/calendar/poster_image.h — activity posters: checked by the office before they go into the
// database (and, through an export, to every kiosk), and decoded by the kiosk for display.
//
// Posters are untrusted input (DESIGN.md): PNG and JPEG only, decoded by Debian's libpng and
// libjpeg-turbo; the byte cap is checked before decoding and the dimension cap from the header
// before any pixel memory is allocated. Baseline, progressive and CMYK JPEGs are all read.
//
// Implements:
//   PosterError    typed reasons a poster cannot be used (kind + Chinese and English message)
//   PreparePoster  office side: the bytes to store — small images byte for byte, larger ones
//                  scaled once to kStoredMaxSide and re-encoded (PNG stays PNG, JPEG quality 85)
//   DecodePoster   kiosk side: bytes -> RGBA pixels scaled so the long side <= max_display_side
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk {

constexpr size_t kPosterMaxBytes = 8 * 1024 * 1024;  // checked before decoding
constexpr int kPosterMaxSide = 8000;                 // pixels, checked from the header before decoding
constexpr int kStoredMaxSide = 1024;
constexpr size_t kKeepOriginalBytes = 1024 * 1024;

class PosterError : public std::runtime_error {
 public:
  enum class Kind { kEmpty, kTooManyBytes, kNotPngOrJpeg, kTooLarge, kCorrupt, kUnreadable };
  // what() is the English message; zh() the Chinese one.
  PosterError(Kind kind, std::string zh, const std::string& en)
      : std::runtime_error(en), kind_(kind), zh_(std::move(zh)) {}
  Kind kind() const { return kind_; }
  const std::string& zh() const { return zh_; }

 private:
  Kind kind_;
  std::string zh_;
};

struct PosterInfo {
  int width = 0, height = 0;  // of the stored image
  bool png = false;           // else JPEG
};

// The bytes to store for `image`. Throws PosterError saying what is wrong.
std::string PreparePoster(std::string_view image, PosterInfo* info = nullptr);

struct PosterLimits {
  size_t max_bytes = kPosterMaxBytes;
  int max_source_side = kPosterMaxSide;
  int max_display_side = kStoredMaxSide;  // what the kiosk shows; one texture <= 4 MB
};

struct PosterImage {
  int width = 0, height = 0;
  std::vector<uint8_t> rgba;  // width * height * 4 bytes, rows top to bottom
};

// Throws PosterError.
PosterImage DecodePoster(std::span<const uint8_t> bytes, const PosterLimits& limits = {});

}  // namespace kiosk
