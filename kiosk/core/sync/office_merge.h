// kiosk/core/sync/office_merge.h — the office's nightly merge: every new batch of every kiosk in
// share/inbox/ applied to the master exactly once, through the same ApplyOperation the kiosks ran.
//
// Each batch is copied to the office's own disk first (never opened on the share), read hardened
// and validated whole (batch.h), then applied; consecutive batches share a transaction (up to
// 50,000 operations), so a crash leaves whole batches only. Order (deterministic): kiosks by
// id, each kiosk's batches by name (= op order), each batch's ops in op order. The ledger
// merged_ops makes an op seen again (a batch delivered twice, late, or overlapping) change
// nothing. Conflict rule: the op merged first wins; a loser is kept by its kind's Apply with
// status 'conflict' (and listed by MergedConflicts). kiosk_acks records, per kiosk, the highest
// op sequence merged: published in the next export, it tells the kiosk what it no longer owes.
//
// A bad batch is refused with one line and left in the inbox; the other batches still merge.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "kiosk/core/storage/sqlite.h"
#include "kiosk/core/time/local_time.h"

namespace kiosk::sync {

struct MergeReport {
  int batches_merged = 0;
  int batches_already_merged = 0;  // the same file seen before (by sha256)
  int64_t ops_applied = 0;
  int64_t ops_conflict = 0;
  int64_t ops_rejected = 0;
  int64_t ops_already_merged = 0;    // in the ledger already (an overlapping or duplicated batch)
  std::vector<std::string> refused;  // one line per refused batch: file and reason
};

MergeReport MergeInbox(db::Database& master, const std::filesystem::path& share,
                       const std::filesystem::path& work_folder, const LocalDateTime& now);

// One operation the office kept as a conflict or could not apply, for `kiosk-office conflicts`.
struct MergedConflict {
  std::string op_id;
  std::string kind;
  std::string result;  // kConflict or kRejected
  std::string merged_at;
  std::string payload;
};
std::vector<MergedConflict> MergedConflicts(db::Database& master);

}  // namespace kiosk::sync
