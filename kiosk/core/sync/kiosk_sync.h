// kiosk/core/sync/kiosk_sync.h — one run of `kiosk --sync` on an open kiosk database: send the
// batch of owed operations to the share, then import the latest export, and log the run in
// sync_log (start, end, counts, result) whether it worked or not. A run that imports writes its
// 'ok' row in the import's transaction (both or neither); a failed run's row comes after the
// rollback, so the data it describes is yesterday's.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "kiosk/core/storage/sqlite.h"
#include "kiosk/core/sync/export_import.h"
#include "kiosk/core/time/local_time.h"

namespace kiosk::sync {

struct KioskSyncReport {
  int64_t ops_sent = 0;    // operations in the batch delivered (0: nothing owed, no batch)
  int batches_pruned = 0;  // this kiosk's acknowledged batches removed from the inbox
  ImportReport import;
};

// `work_folder` is on the kiosk's own disk (batches are written and exports copied there).
// Throws SyncError (after logging the failure); the data stays as it was before the import.
KioskSyncReport RunKioskSync(db::Database& kiosk, const std::filesystem::path& share,
                             const std::filesystem::path& work_folder, const LocalDateTime& started);

// The run's one line of counts, Chinese then English.
std::string SummaryLine(const KioskSyncReport& report);

}  // namespace kiosk::sync
