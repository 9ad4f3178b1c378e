// kiosk/app/assets_dir.h — where the kiosk reads its assets/ folder (ui/ui_assets.h): --assets
// DIR, else the installed copy beside the program (<bin>/../share/community-kiosk/assets, as the
// .deb puts it), else the source tree the program was built from.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "kiosk/ui/ui_assets.h"

namespace kiosk::app {

std::filesystem::path FindAssetsDir(const std::string& assets_option);

// The assets of that folder; when they cannot be read, logs the one-line reason and returns
// nullptr: the kiosk still works, its tiles and attract loop in words only.
std::shared_ptr<const ui::UiAssets> LoadAssetsOrWarn(const std::string& assets_option);

}  // namespace kiosk::app
