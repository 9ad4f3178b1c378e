// kiosk/ui/ui_assets.cpp — reads the assets/ folder: the tile icon list and the two pictures.
#include "kiosk/ui/ui_assets.h"

#include <fstream>
#include <iterator>
#include <sstream>
#include <vector>

#include "kiosk/core/text/utf8.h"

namespace kiosk::ui {
namespace {

// Where Debian's fonts-material-design-icons-iconfont puts the font (a dependency of the .deb).
constexpr char kMaterialIconsFont[] =
    "/usr/share/fonts/truetype/material-design-icons-iconfont/MaterialIcons-Regular.ttf";

std::string ReadWhole(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in)
    throw AssetsError("缺少界面素材文件 " + file.string() + "，请重新安装 community-kiosk / missing asset " +
                      file.string() + ": reinstall community-kiosk");
  return std::string(std::istreambuf_iterator<char>(in), {});
}

PosterImage ReadPicture(const std::filesystem::path& file) {
  const std::string bytes = ReadWhole(file);
  try {
    return DecodePoster(std::span(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size()));
  } catch (const PosterError& e) {
    throw AssetsError("界面图片 " + file.string() + " 无法读取：" + e.zh() + " / cannot read the picture " +
                      file.string() + ": " + e.what());
  }
}

// "calendar  ebcc  calendar_month" lines; '#' starts a comment.
std::map<std::string, char32_t, std::less<>> ReadTileIcons(const std::filesystem::path& file) {
  std::map<std::string, char32_t, std::less<>> icons;
  std::istringstream lines(ReadWhole(file));
  std::string line;
  for (int number = 1; std::getline(lines, line); ++number) {
    if (const size_t hash = line.find('#'); hash != std::string::npos) line.resize(hash);
    std::istringstream words(line);
    std::string tile, hex;
    if (!(words >> tile)) continue;  // blank or comment
    char32_t codepoint = 0;
    try {
      size_t used = 0;
      codepoint = static_cast<char32_t>(std::stoul((words >> hex, hex), &used, 16));
      if (used != hex.size()) throw std::invalid_argument(hex);
    } catch (const std::exception&) {
      codepoint = 0;
    }
    // Material Icons live in the private-use area, where no text character is.
    if (codepoint < 0xE000 || codepoint > 0xF8FF)
      throw AssetsError(file.string() + " 第 " + std::to_string(number) + " 行应为“名称 十六进制码位” / " +
                        file.string() + " line " + std::to_string(number) +
                        ": expected a tile name and a private-use codepoint in hex (e000-f8ff)");
    icons[tile] = codepoint;
  }
  return icons;
}

}  // namespace

std::string UiAssets::TileIcon(std::string_view tile) const {
  const auto it = tile_icons.find(tile);
  if (it == tile_icons.end() || icon_font_path.empty()) return {};
  std::string utf8;
  AppendUtf8(utf8, it->second);
  return utf8;
}

UiAssets LoadUiAssets(const std::filesystem::path& dir) {
  UiAssets assets;
  assets.tile_icons = ReadTileIcons(dir / "tile_icons.txt");
  assets.attract_art = ReadPicture(dir / "attract_default.png");
  assets.centre_logo = ReadPicture(dir / "centre_logo.png");
  if (std::filesystem::is_regular_file(kMaterialIconsFont)) assets.icon_font_path = kMaterialIconsFont;
  return assets;
}

}  // namespace kiosk::ui
