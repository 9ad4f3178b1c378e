// kiosk/app/startup_timer.cpp — reads starttime (field 22) of /proc/self/stat.
#include "kiosk/app/startup_timer.h"

#include <time.h>
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <string>

namespace kiosk::app {

double StartupTimer::MsSinceMain() const {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - main_start_).count();
}

std::optional<double> StartupTimer::MsSinceProcessStart() {
  std::ifstream in("/proc/self/stat");
  std::string stat;
  if (!std::getline(in, stat)) return std::nullopt;
  // Field 2 (comm) may hold spaces: start after its closing parenthesis, at field 3.
  const auto paren = stat.rfind(')');
  if (paren == std::string::npos) return std::nullopt;
  std::istringstream fields(stat.substr(paren + 2));
  std::string field;
  for (int i = 3; i < 22 && fields >> field; ++i) {
  }
  unsigned long long start_ticks = 0;
  if (!(fields >> start_ticks)) return std::nullopt;
  timespec boot{};
  if (clock_gettime(CLOCK_BOOTTIME, &boot) != 0) return std::nullopt;
  const double ticks_per_second = static_cast<double>(sysconf(_SC_CLK_TCK));
  const double now_ms = static_cast<double>(boot.tv_sec) * 1000.0 + static_cast<double>(boot.tv_nsec) / 1e6;
  return now_ms - static_cast<double>(start_ticks) * 1000.0 / ticks_per_second;
}

}  // namespace kiosk::app
