// tools/office/office_commands.h — the `kiosk-office` commands as plain functions that
// take their options and output streams and return the process exit code (main.cpp parses).
#pragma once

#include <cstdio>
#include <optional>
#include <string>

#include "kiosk/core/calendar_import/site_category_resolver.h"
#include "kiosk/core/time/local_time.h"

namespace kiosk::office {

// Exit codes: 0 done; 1 the file or database had problems (nothing changed); 2 bad command line.
constexpr int kExitOk = 0;
constexpr int kExitProblems = 1;
constexpr int kExitUsage = 2;

struct InitOptions {
  std::string master;
  std::string reference_dir;
  std::string key_file;  // --key FILE: the district key; its fingerprint is recorded in meta
};
int RunInit(const InitOptions& options, std::FILE* out, std::FILE* err);

struct ImportOptions {
  std::string master;
  std::string file;
  bool skip_bad = false;
  LocalDate today;
  int horizon_days = 180;
  PlainCalendarDefaults defaults;  // --site, --category: for a calendar without X-KIOSK-* fields
};
int RunImport(const ImportOptions& options, std::FILE* out, std::FILE* err);

struct ListOptions {
  std::string master;
  std::optional<LocalDate> from, to;
  bool csv = false;
  bool include_cancelled = false;
};
int RunList(const ListOptions& options, std::FILE* out, std::FILE* err);

// Writes a new random district key to a new file (mode 0600, never overwriting) and prints its
// fingerprint. The same file goes to every kiosk of the district and to the office.
struct KeygenOptions {
  std::string file;
};
int RunKeygen(const KeygenOptions& options, std::FILE* out, std::FILE* err);

}  // namespace kiosk::office
