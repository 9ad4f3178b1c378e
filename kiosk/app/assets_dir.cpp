// kiosk/app/assets_dir.cpp — the assets folder of an installed or a freshly built kiosk.
#include "kiosk/app/assets_dir.h"

#include <spdlog/spdlog.h>

#include <system_error>

namespace kiosk::app {

std::filesystem::path FindAssetsDir(const std::string& assets_option) {
  if (!assets_option.empty()) return assets_option;
  std::error_code error;
  const std::filesystem::path program = std::filesystem::read_symlink("/proc/self/exe", error);
  if (!error) {
    const std::filesystem::path installed =
        program.parent_path().parent_path() / "share/community-kiosk/assets";
    if (std::filesystem::is_directory(installed, error)) return installed;
  }
  return KIOSK_SOURCE_ASSETS_DIR;
}

std::shared_ptr<const ui::UiAssets> LoadAssetsOrWarn(const std::string& assets_option) {
  const std::filesystem::path dir = FindAssetsDir(assets_option);
  try {
    auto assets = std::make_shared<const ui::UiAssets>(ui::LoadUiAssets(dir));
    if (assets->icon_font_path.empty())
      spdlog::warn(
          "找不到图标字体，请安装 fonts-material-design-icons-iconfont；磁贴只显示文字 / no icon font: "
          "install fonts-material-design-icons-iconfont; the tiles show words only");
    return assets;
  } catch (const ui::AssetsError& e) {
    spdlog::warn("{}", e.what());
    return nullptr;
  }
}

}  // namespace kiosk::app
