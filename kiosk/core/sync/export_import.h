// kiosk/core/sync/export_import.h — the kiosk's half of the nightly sync: take the export LATEST
// names and make it this kiosk's data, without losing anything recorded here.
//
// LATEST is read; the export is copied to the kiosk's own disk and its size and sha256 checked;
// the copy is opened read-only and hardened (untrusted_database.h) and validated: schema version,
// every table and column this kiosk needs, meta (export number, phone-key fingerprint). Then in
// ONE transaction the reference data and what the office knows of sign-ups, check-ins and
// bookings are replaced (every row passes this kiosk's CHECK and foreign-key constraints), the
// operations of this kiosk the export has not acknowledged are re-applied with ApplyOperation,
// and the acknowledged ones leave the journal. Any failure rolls all of it back.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>

#include "kiosk/core/storage/sqlite.h"
#include "kiosk/core/time/local_time.h"

namespace kiosk::sync {

struct ImportReport {
  bool imported = false;      // false: LATEST names the export this kiosk already has
  int64_t export_number = 0;  // the export now held
  int64_t occurrences = 0;
  int64_t signups = 0;
  int64_t acknowledged = 0;  // this kiosk's operations the office now holds (dropped from the journal)
  int64_t reapplied = 0;     // this kiosk's operations still owed, applied again over the export
};

// Called inside the import's transaction, just before it commits, with the finished report: what
// it writes (the run's sync_log row) is committed with the import or not at all.
using BeforeImportCommit = std::function<void(const ImportReport&)>;

// Throws SyncError (one readable line) and leaves the kiosk's data as it was. No LATEST on the
// share is an error too: there is nothing to import. `before_commit` is not called when the
// kiosk already holds the export LATEST names (nothing is imported).
ImportReport ImportLatestExport(db::Database& kiosk, const std::filesystem::path& share,
                                const std::filesystem::path& work_folder,
                                const BeforeImportCommit& before_commit = nullptr);

}  // namespace kiosk::sync
