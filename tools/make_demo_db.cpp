// tools/make_demo_db.cpp — kiosk-make-demo-db: builds the Tong'an Street demo database from
// data/demo/ with dates relative to today (or --today), for the demo, the UI tests and e2e.
//
//   kiosk-make-demo-db OUT.db [--demo-dir DIR] [--today YYYY-MM-DD]
#include <cstdio>
#include <exception>
#include <string>
#include <string_view>

#include "kiosk/core/demo/demo_data.h"
#include "kiosk/core/time/local_time.h"

namespace {

constexpr const char* kUsage = "usage: kiosk-make-demo-db OUT.db [--demo-dir DIR] [--today YYYY-MM-DD]";

struct Options {
  std::string out_path;
  std::string demo_dir = KIOSK_DEFAULT_DEMO_DIR;
  kiosk::LocalDate today = kiosk::NowInShanghai().date;
};

class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

Options ParseArguments(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    const bool has_value = i + 1 < argc;
    if (arg == "--demo-dir" && has_value) {
      options.demo_dir = argv[++i];
    } else if (arg == "--today" && has_value) {
      const auto today = kiosk::LocalDate::ParseIso(argv[++i]);
      if (!today)
        throw UsageError(std::string("--today must be a date like 2026-11-27, not \"") + argv[i] + "\"");
      options.today = *today;
    } else if (!arg.starts_with("--") && options.out_path.empty()) {
      options.out_path = arg;
    } else {
      throw UsageError(kUsage);
    }
  }
  if (options.out_path.empty()) throw UsageError(kUsage);
  return options;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    const Options options = ParseArguments(argc, argv);
    const kiosk::DemoCounts counts =
        kiosk::WriteDemoDatabase(options.out_path, options.demo_dir, options.today);
    std::printf(
        "%s: %d sites, %d rooms, %d categories, %d organizers, %d volunteers, %d events, %d occurrences\n",
        options.out_path.c_str(), counts.sites, counts.rooms, counts.categories, counts.organizers,
        counts.volunteers, counts.events, counts.occurrences);
    return 0;
  } catch (const std::exception& error) {
    std::fprintf(stderr, "kiosk-make-demo-db: %s\n", error.what());
    return 1;
  }
}
