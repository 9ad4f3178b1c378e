// kiosk/app/kiosk_settings_file.cpp — kiosk.toml first, then the command line over it.
#include "kiosk/app/kiosk_settings_file.h"

#include <cstdlib>
#include <filesystem>

#include "kiosk/core/people/phone_hash.h"

namespace kiosk::app {

KioskSettings ResolveSettings(const AppOptions& options) {
  KioskSettings settings;
  if (!options.config_path.empty()) {
    settings = LoadKioskSettings(options.config_path);  // named on the command line: must exist
  } else if (const std::string path = DefaultConfigPath(std::getenv("XDG_CONFIG_HOME"), std::getenv("HOME"));
             !path.empty() && std::filesystem::exists(path)) {
    settings = LoadKioskSettings(path);
  }
  if (!options.db_path.empty()) settings.db = options.db_path;
  if (!options.key_file.empty()) settings.key_file = options.key_file;
  if (!options.kiosk_id.empty()) settings.kiosk_id = options.kiosk_id;
  if (!options.share_folder.empty()) settings.share_folder = options.share_folder;
  if (options.panel_inches) settings.panel_diagonal_inches = *options.panel_inches;
  if (options.lang) settings.language = *options.lang == ui::Lang::kEn ? Language::kEn : Language::kZh;
  if (settings.db.empty()) {
    throw UsageError("缺少 --db 数据库文件 / --db FILE is required (or db in kiosk.toml) (kiosk --help)");
  }
  return settings;
}

std::optional<std::string> ReadDistrictKey(const KioskSettings& settings) {
  if (settings.key_file.empty()) return std::nullopt;
  return ReadKeyFile(settings.key_file);
}

}  // namespace kiosk::app
