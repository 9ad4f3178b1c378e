// kiosk/core/poster_image.h — checks an activity poster from an office calendar file before it
// goes into the database (and later, through an export, to every kiosk): PNG or JPEG only,
// within byte and size caps, and scaled down once so kiosks never decode a huge image.
//
// Stored form: an image whose longest side is <= kStoredMaxSide and whose file is <= kKeepOriginalBytes
// is stored byte for byte; anything larger is decoded, scaled to kStoredMaxSide on its longest
// side and re-encoded (PNG stays PNG; JPEG becomes JPEG quality 85).
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

namespace kiosk {

constexpr size_t kPosterMaxBytes = 8 * 1024 * 1024;  // checked before decoding
constexpr int kPosterMaxSide = 8000;                 // pixels, checked from the header before decoding
constexpr int kStoredMaxSide = 1024;
constexpr size_t kKeepOriginalBytes = 1024 * 1024;

class PosterError : public std::runtime_error {
 public:
  PosterError(std::string zh, const std::string& en) : std::runtime_error(en), zh_(std::move(zh)) {}
  const std::string& zh() const { return zh_; }

 private:
  std::string zh_;
};

struct PosterInfo {
  int width = 0, height = 0;  // of the stored image
  bool png = false;           // else JPEG
};

// The bytes to store for `image`. Throws PosterError saying what is wrong.
std::string PreparePoster(std::string_view image, PosterInfo* info = nullptr);

}  // namespace kiosk
