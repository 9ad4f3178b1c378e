// kiosk/ui/texture_provider.h — how the UI gets GPU textures for posters without knowing GL:
// the app implements TextureProvider (upload + a memory-bounded cache); headless tests stub it.
#pragma once

#include <imgui.h>

#include <cstdint>

#include "kiosk/core/calendar/poster_image.h"

namespace kiosk::ui {

struct PosterTexture {
  ImTextureID id = nullptr;  // nullptr: nothing to draw (no GPU, upload failed)
  int width = 0, height = 0;
};

class TextureProvider {
 public:
  virtual ~TextureProvider() = default;
  // The texture for `event_id`'s poster, uploading `image` when it is not cached. Called every
  // frame the poster is on screen, so a cache can keep what is in use. `image` is only read
  // during the call.
  virtual PosterTexture Poster(int64_t event_id, const PosterImage& image) = 0;
  // Forget every cached texture (the database changed: posters may have too).
  virtual void Clear() = 0;
};

}  // namespace kiosk::ui
