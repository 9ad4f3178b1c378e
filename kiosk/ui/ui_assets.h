// kiosk/ui/ui_assets.h — what the UI ships that is not code or data: the top-level assets/ folder
// (installed to share/community-kiosk/assets by the .deb), read once at start.
//
//   tile_icons.txt       the icon beside each home tile's words: a Material Icons codepoint per
//                        tile (Debian's fonts-material-design-icons-iconfont; only those glyphs
//                        are merged into the atlas, in the heading font)
//   attract_default.png  the attract loop's art, where an activity has no poster or none is on
//   centre_logo.png      the centre-logo placeholder beside the centre's name on the attract loop
//
// The pictures are the project's own (assets/draw_assets.py draws them). A missing or unreadable
// file is an AssetsError saying which, in Chinese then English; the app logs it and the UI draws
// its words without the pictures.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "kiosk/core/calendar/poster_image.h"

namespace kiosk::ui {

// Poster-cache keys of the pictures (TextureProvider::Poster): no event has a negative id.
constexpr int64_t kAttractArtTextureKey = -1;
constexpr int64_t kCentreLogoTextureKey = -2;

struct UiAssets {
  std::map<std::string, char32_t, std::less<>> tile_icons;  // tile key -> Material Icons codepoint
  std::string icon_font_path;  // Debian's Material Icons font; "" when not installed: no icons
  std::optional<PosterImage> attract_art;
  std::optional<PosterImage> centre_logo;

  // The UTF-8 of `tile`'s icon; "" when it has none (or the icon font is missing).
  std::string TileIcon(std::string_view tile) const;
};

class AssetsError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;  // what(): Chinese, then English
};

// Reads `dir` (and notes whether the icon font is installed). Throws AssetsError naming the file.
UiAssets LoadUiAssets(const std::filesystem::path& dir);

}  // namespace kiosk::ui
