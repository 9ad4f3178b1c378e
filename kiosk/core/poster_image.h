// kiosk/core/poster_image.h — decodes an activity poster (events.poster BLOB) into RGBA pixels.
//
// An export is untrusted input (DESIGN.md): posters are decoded by stb_image built for PNG and
// JPEG only, with a byte cap checked before decoding, a dimension cap checked from the header
// before any pixel memory is allocated, and the result scaled down once to a display size.
//
// Implements:
//   PosterError     typed reasons a poster cannot be shown (kind + bilingual message)
//   PosterImage     decoded RGBA pixels, width x height x 4
//   PosterLimits    the caps (bytes, source pixels per side, displayed pixels per side)
//   DecodePoster    bytes -> PosterImage, scaled so the long side <= limits.max_display_side
#pragma once

#include <cstdint>
#include <span>
#include <stdexcept>
#include <vector>

namespace kiosk {

class PosterError : public std::runtime_error {
 public:
  enum class Kind { kEmpty, kTooManyBytes, kNotPngOrJpeg, kTooLarge, kCorrupt };
  PosterError(Kind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
  Kind kind() const { return kind_; }

 private:
  Kind kind_;
};

struct PosterLimits {
  size_t max_bytes = 8u * 1024 * 1024;  // a printed A4 poster as a good JPEG is ~2 MB
  int max_source_side = 8192;           // refuse before decoding: 8192^2 x 4 = 256 MB would be too much
  int max_display_side = 1024;          // what the kiosk shows; one texture <= 4 MB
};

struct PosterImage {
  int width = 0, height = 0;
  std::vector<uint8_t> rgba;  // width * height * 4 bytes, rows top to bottom
};

// Throws PosterError.
PosterImage DecodePoster(std::span<const uint8_t> bytes, const PosterLimits& limits = {});

}  // namespace kiosk
