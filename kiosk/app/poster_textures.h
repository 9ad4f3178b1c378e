// kiosk/app/poster_textures.h — the GL side of ui::TextureProvider: uploads decoded posters as
// RGBA textures and keeps the most recently shown ones within a byte budget (LRU).
#pragma once

#include <cstdint>
#include <list>
#include <unordered_map>

#include "kiosk/ui/texture_provider.h"

namespace kiosk::app {

class PosterTextures final : public ui::TextureProvider {
 public:
  explicit PosterTextures(size_t byte_budget = 48u * 1024 * 1024);  // ~12 posters at 1024 px
  ~PosterTextures() override;
  PosterTextures(const PosterTextures&) = delete;
  PosterTextures& operator=(const PosterTextures&) = delete;

  ui::PosterTexture Poster(int64_t event_id, const PosterImage& image) override;
  void Clear() override;  // needs the GL context current; call before the window goes away
  size_t bytes() const { return bytes_; }

 private:
  struct Entry {
    unsigned texture = 0;
    int width = 0, height = 0;
    size_t bytes = 0;
    std::list<int64_t>::iterator recent;
  };
  void EvictTo(size_t budget);

  size_t budget_;
  size_t bytes_ = 0;
  std::list<int64_t> recent_;  // most recent first
  std::unordered_map<int64_t, Entry> entries_;
};

}  // namespace kiosk::app
