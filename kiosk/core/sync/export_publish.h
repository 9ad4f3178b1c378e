// kiosk/core/sync/export_publish.h — the office's nightly publish: the next export written on the
// office's own disk (VACUUM INTO, office-only ledgers emptied), copied to
// share/export/NNNNNN.sqlite (temp name, fsync, rename), then LATEST replaced by rename. A kiosk
// reading the share sees the old LATEST or the new one, each naming a whole file.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "kiosk/core/storage/sqlite.h"
#include "kiosk/core/time/local_time.h"

namespace kiosk::sync {

struct PublishedExport {
  int64_t number = 0;
  std::filesystem::path file;  // on the share
  std::string sha256;
  std::uintmax_t size = 0;
};

// Throws SyncError / db::SqliteError; on failure LATEST still names the previous export.
PublishedExport PublishExport(db::Database& master, const std::filesystem::path& share,
                              const std::filesystem::path& work_folder, const LocalDateTime& now);

// "000042" for 42.
std::string ExportFileStem(int64_t number);

}  // namespace kiosk::sync
