// kiosk/app/kiosk_main.cpp — maps each kind of failure to one stderr line and an exit code.
#include "kiosk/app/kiosk_main.h"

#include <spdlog/cfg/env.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "kiosk/app/app_options.h"
#include "kiosk/app/glfw_window.h"
#include "kiosk/app/kiosk_settings_file.h"
#include "kiosk/app/main_loop.h"
#include "kiosk/app/screenshot.h"
#include "kiosk/app/set_pin.h"
#include "kiosk/app/startup_timer.h"
#include "kiosk/app/sync_command.h"
#include "kiosk/app/sync_timer.h"
#include "kiosk/app/targets_file.h"
#include "kiosk/core/config/district_key.h"
#include "kiosk/core/people/phone_hash.h"
#include "kiosk/core/storage/storage_failure.h"
#include "kiosk/ui/fonts.h"

namespace kiosk::app {
namespace {

void ConfigureLogging() {
  // Logs go to stderr (journald keeps them under systemd); warnings only unless SPDLOG_LEVEL=info.
  auto logger = spdlog::stderr_color_mt("kiosk");
  spdlog::set_default_logger(logger);
  spdlog::set_level(spdlog::level::warn);
  spdlog::cfg::load_env_levels();
  // Every failed write of the kiosk's database is logged here with its cause.
  SetStorageFailureSink([](std::string_view line) { spdlog::error("{}", line); });
}

int Fail(int code, const std::string& line) {
  std::fprintf(stderr, "kiosk: %s\n", line.c_str());
  return code;
}

}  // namespace

int KioskMain(int argc, char** argv) {
  const StartupTimer timer;
  ConfigureLogging();
  try {
    const AppOptions options = ParseAppOptions(std::vector<std::string>(argv + 1, argv + argc));
    if (options.help) {
      std::cout << UsageText();
      return 0;
    }
    if (options.set_pin) return RunSetPin(stdin, stdout);  // needs no settings, database or display
    // Settings and the key file are checked before glfwInit: a bad kiosk.toml opens no window.
    const KioskSettings settings = ResolveSettings(options);
    if (options.sync) return RunSyncCommand(settings, stdout, stderr);
    if (options.print_sync_timer) {
      std::cout << SyncTimerDropIn(settings);
      return 0;
    }
    const std::optional<std::string> district_key = ReadDistrictKey(settings);
    return RunKiosk(options, settings, district_key, timer);
  } catch (const UsageError& e) {
    return Fail(2, e.what());
  } catch (const ConfigError& e) {
    return Fail(2, e.what());
  } catch (const KeyFileError& e) {
    return Fail(2, e.what());
  } catch (const PhoneKeyRefusedError& e) {
    return Fail(2, e.what());
  } catch (const DatabaseOpenError& e) {
    return Fail(2, e.what());
  } catch (const db::SqliteError& e) {  // the database failed after it opened (damaged, locked, ...)
    return Fail(2, DescribeStorageFailure(e).Line());
  } catch (const ui::FontNotFoundError& e) {
    return Fail(3, e.what());
  } catch (const PlatformError& e) {
    return Fail(3, e.what());
  } catch (const ScreenshotError& e) {
    return Fail(1, e.what());
  } catch (const FileWriteError& e) {
    return Fail(1, e.what());
  } catch (const std::exception& e) {
    return Fail(1, std::string("意外错误 / unexpected error: ") + e.what());
  }
}

}  // namespace kiosk::app
