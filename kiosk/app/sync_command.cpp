// kiosk/app/sync_command.cpp — opens (or creates) the kiosk database and runs one sync.
#include "kiosk/app/sync_command.h"

#include <filesystem>
#include <string>

#include "kiosk/core/storage/kiosk_database.h"
#include "kiosk/core/storage/record_ids.h"
#include "kiosk/core/sync/kiosk_sync.h"
#include "kiosk/core/sync/share_files.h"

namespace kiosk::app {

namespace fs = std::filesystem;

namespace {

SyncOutcome Fail(int code, const std::string& line) { return {code, "kiosk: " + line}; }

void RemoveDatabase(const std::string& path) {
  std::error_code ignored;
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(path + suffix, ignored);
}

}  // namespace

SyncOutcome RunSync(const KioskSettings& settings) {
  if (settings.share_folder.empty())
    return Fail(2,
                "没有设置共享文件夹 / no share folder: pass --share DIR or set share_folder in kiosk.toml");
  if (!fs::is_directory(settings.share_folder))
    return Fail(1, "共享文件夹不可用 / the share folder is not available: " + settings.share_folder);
  const bool install = !fs::exists(settings.db);
  if (install && settings.kiosk_id.empty())
    return Fail(
        2,
        "新一体机需要本机编号 / a new kiosk needs its id: pass --kiosk-id ID or set kiosk_id in kiosk.toml");
  const fs::path work = settings.db + ".sync-work";
  try {
    db::Database db = OpenKioskDatabase(settings.db, install);
    if (install) {
      SetKioskId(db, settings.kiosk_id);
    } else if (!settings.kiosk_id.empty() && KioskId(db) != settings.kiosk_id) {
      return Fail(2, "本机编号与数据库不符 / the kiosk id " + settings.kiosk_id + " is not this database's " +
                         KioskId(db));
    }
    const sync::KioskSyncReport report = sync::RunKioskSync(db, settings.share_folder, work, NowInShanghai());
    return {0, sync::SummaryLine(report)};
  } catch (const std::exception& error) {
    if (install) RemoveDatabase(settings.db);  // a half-installed kiosk is no kiosk: try again tomorrow
    return Fail(1, sync::SyncFailureLine(error));
  }
}

int RunSyncCommand(const KioskSettings& settings, std::FILE* out, std::FILE* err) {
  const SyncOutcome outcome = RunSync(settings);
  std::fprintf(outcome.code == 0 ? out : err, "%s\n", outcome.line.c_str());
  return outcome.code;
}

}  // namespace kiosk::app
