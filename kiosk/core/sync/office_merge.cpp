// kiosk/core/sync/office_merge.cpp — finding the new batches in the inbox and applying them once.
#include "kiosk/core/sync/office_merge.h"

#include <sqlite3.h>

#include <algorithm>
#include <set>
#include <system_error>
#include <tuple>

#include "kiosk/core/calendar/seats.h"
#include "kiosk/core/storage/record_ids.h"
#include "kiosk/core/sync/batch.h"
#include "kiosk/core/sync/share_files.h"

namespace kiosk::sync {

namespace fs = std::filesystem;

namespace {

struct InboxFile {
  std::string kiosk_id;
  fs::path path;
};

// Finished batches only: "*.sqlite", not hidden (a temp name starts with '.').
std::vector<InboxFile> ListInbox(const fs::path& share) {
  std::vector<InboxFile> files;
  const fs::path inbox = share / "inbox";
  std::error_code error;
  if (!fs::is_directory(inbox, error)) return files;
  for (const fs::directory_entry& kiosk : fs::directory_iterator(inbox)) {
    const std::string kiosk_id = kiosk.path().filename().string();
    if (!kiosk.is_directory() || !IsValidKioskId(kiosk_id)) continue;
    for (const fs::directory_entry& file : fs::directory_iterator(kiosk.path())) {
      const std::string name = file.path().filename().string();
      if (file.is_regular_file() && name.front() != '.' && file.path().extension() == ".sqlite")
        files.push_back({kiosk_id, file.path()});
    }
  }
  std::sort(files.begin(), files.end(), [](const InboxFile& a, const InboxFile& b) {
    return std::tie(a.kiosk_id, a.path) < std::tie(b.kiosk_id, b.path);
  });
  return files;
}

bool Exists(db::Database& db, const char* sql, const std::string& key) {
  db::Statement query(db, sql);
  query.Bind(1, key);
  return query.Step();
}

int64_t AcknowledgedFor(db::Database& master, const std::string& kiosk_id) {
  db::Statement query(master, "SELECT acknowledged_seq FROM kiosk_acks WHERE kiosk_id = ?1");
  query.Bind(1, kiosk_id);
  return query.Step() ? query.ColumnInt(0) : 0;
}

void MergeBatch(db::Database& master, const Batch& batch, const InboxFile& file, const std::string& sha256,
                const LocalDateTime& now, MergeReport& report) {
  if (batch.after_seq > AcknowledgedFor(master, batch.kiosk_id))
    throw SyncError("批次文件 " + file.path.filename().string() + " 之前的操作尚未收到",
                    "batch " + file.path.filename().string() +
                        " follows operations the office never received (after " +
                        std::to_string(batch.after_seq) + ")");
  db::Statement record(master,
                       "INSERT INTO merged_ops(op_id, kiosk_id, op_number, kind, payload, result, merged_at) "
                       "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
  int64_t last = 0;
  for (const BatchOp& op : batch.ops) {
    last = op.seq;
    if (Exists(master, "SELECT 1 FROM merged_ops WHERE op_id = ?1", op.op_id)) {
      ++report.ops_already_merged;
      continue;
    }
    const ApplyResult result = ApplyOperation(master, op.op);
    if (result == ApplyResult::kConflict) ++report.ops_conflict;
    if (result == ApplyResult::kRejected) ++report.ops_rejected;
    if (result == ApplyResult::kApplied || result == ApplyResult::kReplayed) ++report.ops_applied;
    record
        .BindAll(op.op_id, batch.kiosk_id, op.seq, op.kind, op.payload, std::string(ApplyResultName(result)),
                 now.Iso())
        .Run();
    record.Reset();
  }
  db::Statement(master,
                "INSERT INTO kiosk_acks(kiosk_id, acknowledged_seq) VALUES(?1, ?2) ON CONFLICT(kiosk_id) "
                "DO UPDATE SET acknowledged_seq = max(acknowledged_seq, excluded.acknowledged_seq)")
      .BindAll(batch.kiosk_id, last)
      .Run();
  db::Statement(
      master,
      "INSERT INTO merged_batches(sha256, kiosk_id, file_name, ops, merged_at) VALUES(?1, ?2, ?3, ?4, ?5)")
      .BindAll(sha256, batch.kiosk_id, file.path.filename().string(), static_cast<int64_t>(batch.ops.size()),
               now.Iso())
      .Run();
  ++report.batches_merged;
}

// A merge touches the ledger and the sign-up indexes all over: 128 MB of page cache for its
// length (SQLite's default is 2 MB) keeps them in memory instead of re-reading pages.
class LargerPageCache {
 public:
  explicit LargerPageCache(db::Database& db) : db_(db), before_(db::QueryInt(db, "PRAGMA cache_size")) {
    db_.Exec("PRAGMA cache_size = -131072");
  }
  ~LargerPageCache() {
    const std::string restore = "PRAGMA cache_size = " + std::to_string(before_);
    sqlite3_exec(db_.handle(), restore.c_str(), nullptr, nullptr, nullptr);
  }
  LargerPageCache(const LargerPageCache&) = delete;
  LargerPageCache& operator=(const LargerPageCache&) = delete;

 private:
  db::Database& db_;
  int64_t before_;
};

}  // namespace

MergeReport MergeInbox(db::Database& master, const fs::path& share, const fs::path& work_folder,
                       const LocalDateTime& now) {
  MergeReport report;
  fs::create_directories(work_folder);
  // Every batch is copied, read and validated whole, then applied in its own transaction (one
  // durable commit per batch; a crash in between leaves the master with whole batches only, and
  // the ledger makes the next merge go on where this one stopped). Statements are compiled once
  // per connection (db::Statement's cache), not once per operation. The seats the capacity rule
  // reads are kept as running counts for the length of the merge (seats.h), so an operation costs
  // the same whether its activity has ten sign-ups or ten thousand.
  const KeptSeatCounts kept_seats(master);
  const LargerPageCache page_cache(master);
  std::set<std::string> seen;
  for (const InboxFile& file : ListInbox(share)) {
    const fs::path local = work_folder / ("batch-" + file.kiosk_id + "-" + file.path.filename().string());
    struct RemoveLocal {
      const fs::path& path;
      ~RemoveLocal() {
        std::error_code ignored;
        fs::remove(path, ignored);
      }
    } remove_local{local};
    try {
      // A work copy needs no fsync: after a crash the merge starts again from the share.
      std::error_code copy_error;
      fs::copy_file(file.path, local, fs::copy_options::overwrite_existing, copy_error);
      if (copy_error)
        throw SyncError("无法复制 " + file.path.string(),
                        "cannot copy " + file.path.string() + ": " + copy_error.message());
      const std::string sha256 = FileSha256(local);
      if (!seen.insert(sha256).second ||
          Exists(master, "SELECT 1 FROM merged_batches WHERE sha256 = ?1", sha256)) {
        ++report.batches_already_merged;
        continue;
      }
      const Batch batch = ReadBatch(local, file.kiosk_id);
      MergeReport counted = report;
      db::Transaction transaction(master);
      MergeBatch(master, batch, file, sha256, now, counted);
      transaction.Commit();
      report = std::move(counted);
    } catch (const SyncError& error) {
      report.refused.push_back(error.what());  // nothing of this batch was written
    } catch (const db::SqliteError& error) {
      report.refused.push_back("批次文件 " + file.path.filename().string() +
                               " 无法合并，未做任何更改 / batch " + file.path.filename().string() +
                               " could not be merged, nothing changed: " + SyncFailureLine(error));
    }
  }
  return report;
}

std::vector<MergedConflict> MergedConflicts(db::Database& master) {
  std::vector<MergedConflict> conflicts;
  db::Statement query(master,
                      "SELECT op_id, kind, result, merged_at, payload FROM merged_ops "
                      "WHERE result IN ('kConflict', 'kRejected') ORDER BY merged_at, kiosk_id, op_number");
  while (query.Step()) {
    conflicts.push_back({query.ColumnText(0), query.ColumnText(1), query.ColumnText(2), query.ColumnText(3),
                         query.ColumnText(4)});
  }
  return conflicts;
}

}  // namespace kiosk::sync
