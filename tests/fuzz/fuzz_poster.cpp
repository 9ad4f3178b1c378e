// tests/fuzz/fuzz_poster.cpp — libFuzzer target for the poster decoder the kiosk runs on every
// poster an export brings (PNG/JPEG bytes → RGBA): it may refuse (PosterError), never crash, and
// what it returns is exactly width × height × 4 bytes within the display bound.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <span>

#include "kiosk/core/calendar/poster_image.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  kiosk::PosterLimits limits;
  limits.max_source_side = 2000;  // the fuzzer's memory bound; the real limit is the same code path
  limits.max_display_side = 256;
  try {
    const kiosk::PosterImage image = kiosk::DecodePoster(std::span<const uint8_t>(data, size), limits);
    if (image.width <= 0 || image.height <= 0 || image.width > 256 || image.height > 256 ||
        image.rgba.size() != static_cast<size_t>(image.width) * static_cast<size_t>(image.height) * 4)
      std::abort();
  } catch (const kiosk::PosterError&) {
  }
  return 0;
}
