// kiosk/app/poster_textures.cpp — glTexImage2D uploads with an LRU byte bound.
#include "kiosk/app/poster_textures.h"

#define GL_GLEXT_PROTOTYPES
#include <GL/gl.h>

#include <cstdint>

namespace kiosk::app {

PosterTextures::PosterTextures(size_t byte_budget) : budget_(byte_budget) {}

PosterTextures::~PosterTextures() {
  // Without a context the driver frees the textures with it; Clear() runs while one is current.
  entries_.clear();
}

ui::PosterTexture PosterTextures::Poster(int64_t event_id, const PosterImage& image) {
  if (auto it = entries_.find(event_id); it != entries_.end()) {
    recent_.splice(recent_.begin(), recent_, it->second.recent);  // now the most recent
    const Entry& e = it->second;
    return {reinterpret_cast<ImTextureID>(static_cast<intptr_t>(e.texture)), e.width, e.height};
  }
  if (image.width <= 0 || image.height <= 0 ||
      image.rgba.size() != static_cast<size_t>(image.width) * static_cast<size_t>(image.height) * 4)
    return {};
  const size_t size = image.rgba.size();
  EvictTo(budget_ > size ? budget_ - size : 0);
  GLuint texture = 0;
  glGenTextures(1, &texture);
  if (texture == 0) return {};
  GLint previous = 0;
  glGetIntegerv(GL_TEXTURE_BINDING_2D, &previous);
  glBindTexture(GL_TEXTURE_2D, texture);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, image.width, image.height, 0, GL_RGBA, GL_UNSIGNED_BYTE,
               image.rgba.data());
  glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(previous));
  recent_.push_front(event_id);
  entries_[event_id] = Entry{texture, image.width, image.height, size, recent_.begin()};
  bytes_ += size;
  return {reinterpret_cast<ImTextureID>(static_cast<intptr_t>(texture)), image.width, image.height};
}

void PosterTextures::EvictTo(size_t budget) {
  while (bytes_ > budget && !recent_.empty()) {
    const int64_t oldest = recent_.back();
    recent_.pop_back();
    auto it = entries_.find(oldest);
    if (it == entries_.end()) continue;
    const GLuint texture = it->second.texture;
    glDeleteTextures(1, &texture);
    bytes_ -= it->second.bytes;
    entries_.erase(it);
  }
}

void PosterTextures::Clear() { EvictTo(0); }

}  // namespace kiosk::app
