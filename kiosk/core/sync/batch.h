// kiosk/core/sync/batch.h — a batch: the file that carries a kiosk's unacknowledged operations to
// the office. It is an SQLite file written on the kiosk's own disk, fsynced, then copied into
// share/inbox/<kiosk-id>/ under a temp name and renamed (share_files.h). Batches are cumulative:
// each holds every operation after the acknowledged sequence the kiosk knew (`after_seq`), so a
// lost, late or duplicated batch loses nothing and the office's ledger makes replays harmless.
//
// File name: "<kiosk-id>-<last op sequence, 12 digits>.sqlite", so names sort in op order.
// Tables: batch_meta(key, value) with format '1', kiosk_id, after_seq, written_at;
//         ops(seq, op_id, kind, payload, created_at) in journal order.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/storage/outbox.h"
#include "kiosk/core/storage/sqlite.h"
#include "kiosk/core/sync/operations.h"
#include "kiosk/core/time/local_time.h"

namespace kiosk::sync {

constexpr int64_t kMaxOpsPerBatch = 1'000'000;

struct WrittenBatch {
  std::filesystem::path file;  // the finished batch on the kiosk's disk
  int64_t ops = 0;
  int64_t last_seq = 0;
};

// Writes this kiosk's unacknowledged operations into a new batch in `folder` (the kiosk's own
// disk) and fsyncs it. nullopt when nothing is owed. Throws SyncError / db::SqliteError.
std::optional<WrittenBatch> WriteBatch(db::Database& kiosk, const std::filesystem::path& folder,
                                       const LocalDateTime& now);

// Copies a finished batch into share/inbox/<kiosk-id>/ (temp name, fsync, rename); returns where.
std::filesystem::path DeliverBatch(const WrittenBatch& batch, const std::filesystem::path& share,
                                   const std::string& kiosk_id);

// The inbox pruning rule: the kiosk removes, on its next sync, every batch of its own in
// share/inbox/<kiosk-id>/ whose last operation the office has acknowledged in an export the kiosk
// imported (name "<kiosk-id>-<last seq>.sqlite" with last seq <= `acknowledged`): every operation
// in it is in the master, durably, before that export was written. A batch not yet acknowledged,
// a temp name or any other file stays. A file that cannot be removed is left for the next night.
// Returns how many batches were removed.
int PruneAcknowledgedBatches(const std::filesystem::path& share, const std::string& kiosk_id,
                             int64_t acknowledged);

struct BatchOp {
  std::string op_id;
  int64_t seq = 0;  // RecordSequence(op_id)
  std::string kind;
  std::string payload;
  Operation op;
};

struct Batch {
  std::string kiosk_id;
  int64_t after_seq = 0;
  std::vector<BatchOp> ops;  // strictly increasing seq
};

// Reads a batch from a LOCAL copy, opened hardened (untrusted_database.h), and validates it whole:
// format, kiosk id (must be `expected_kiosk_id`, the inbox folder it came from), every op id
// "<kiosk-id>-<n>" with n increasing and above after_seq, every payload parsed by its kind.
// Throws SyncError with one readable line.
Batch ReadBatch(const std::filesystem::path& local_copy, const std::string& expected_kiosk_id);

}  // namespace kiosk::sync
