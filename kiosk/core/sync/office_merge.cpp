// kiosk/core/sync/office_merge.cpp — finding the new batches in the inbox and applying them once.
#include "kiosk/core/sync/office_merge.h"

#include <sqlite3.h>

#include <algorithm>
#include <functional>
#include <future>
#include <optional>
#include <set>
#include <string_view>
#include <system_error>
#include <tuple>

#include "kiosk/core/calendar/seats.h"
#include "kiosk/core/storage/kiosk_database.h"
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
  const std::string merged_at = now.Iso();
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
    // The payload is kept for what `kiosk-office conflicts` lists; an applied op is in the records.
    const bool listed = result == ApplyResult::kConflict || result == ApplyResult::kRejected;
    record
        .BindAll(op.op_id, batch.kiosk_id, op.seq, op.kind,
                 listed ? std::optional<std::string_view>(op.payload) : std::nullopt, ApplyResultName(result),
                 merged_at)
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

// The one line of a batch SQLite refused: nothing of it was written.
std::string NotMergedLine(const std::string& name, const std::exception& error) {
  return "批次文件 " + name + " 无法合并，未做任何更改 / batch " + name +
         " could not be merged, nothing changed: " + SyncFailureLine(error);
}

// How many operations one transaction of the merge takes before it commits: large enough that a
// page changed by many batches is written once per group, small enough that the WAL stays tens of
// megabytes whatever the night's size.
constexpr int64_t kOpsPerCommit = 50'000;

// A batch copied to the office's disk, read and validated whole, waiting to be applied.
struct ReadyBatch {
  InboxFile file;
  fs::path local;  // the work copy, removed once its group is committed or given up
  std::string sha256;
};

void RemoveWorkCopy(const ReadyBatch& ready) {
  std::error_code ignored;
  fs::remove(ready.local, ignored);
}

// A batch from the inbox copied to the office's disk (a work copy needs no fsync: after a crash
// the merge starts again from the share), hashed, read and validated whole: `batch`, or the one
// line saying why not in `refused`. It touches no connection of the caller, so it runs on a second
// thread while the batch before it is applied.
struct PreparedBatch {
  ReadyBatch ready;
  std::optional<Batch> batch;
  std::string refused;
};

// `merged_before`: the sha256 of every batch merged before this merge began; such a file is not
// read again.
PreparedBatch PrepareBatch(const InboxFile& file, const fs::path& work_folder,
                           const std::set<std::string>& merged_before) {
  PreparedBatch prepared{
      {file, work_folder / ("batch-" + file.kiosk_id + "-" + file.path.filename().string()), ""},
      std::nullopt,
      ""};
  try {
    std::error_code copy_error;
    fs::copy_file(file.path, prepared.ready.local, fs::copy_options::overwrite_existing, copy_error);
    if (copy_error)
      throw SyncError("无法复制 " + file.path.string(),
                      "cannot copy " + file.path.string() + ": " + copy_error.message());
    prepared.ready.sha256 = FileSha256(prepared.ready.local);
    if (!merged_before.contains(prepared.ready.sha256))
      prepared.batch = ReadBatch(prepared.ready.local, file.kiosk_id);
  } catch (const SyncError& error) {
    prepared.refused = error.what();
  } catch (const db::SqliteError& error) {
    prepared.refused = NotMergedLine(file.path.filename().string(), error);
  }
  return prepared;
}

// Applies ready batches in groups: one transaction takes batches until it holds kOpsPerCommit
// operations (and commits at the end). No savepoint per batch: SQLite's in-memory sub-journal makes
// every statement inside one cost as much as the whole batch so far. Instead, when a batch fails
// (its rule, or SQLite refusing a row), the whole transaction is rolled back, that batch is listed
// and left in the inbox, and the group's earlier batches are applied again from their work copies,
// in the same order on the same state, so they end exactly as before. When COMMIT fails (disk
// full), every batch of the group is listed as not merged and stays in the inbox for the next
// merge. The report counts only what is committed.
class GroupedMerge {
 public:
  GroupedMerge(db::Database& master, const LocalDateTime& now, MergeReport& report)
      : master_(master), now_(now), report_(report) {}
  ~GroupedMerge() {
    for (const ReadyBatch& ready : group_) RemoveWorkCopy(ready);
  }
  GroupedMerge(const GroupedMerge&) = delete;
  GroupedMerge& operator=(const GroupedMerge&) = delete;

  void Add(ReadyBatch ready, const Batch& batch) {
    try {
      if (!transaction_) {
        transaction_.emplace(master_);  // BEGIN IMMEDIATE: a lock held by another program throws here
        committed_ = report_;
      }
      MergeBatch(master_, batch, ready.file, ready.sha256, now_, report_);
    } catch (const SyncError& error) {
      GiveUp(ready, error.what());
      return;
    } catch (const db::SqliteError& error) {
      GiveUp(ready, NotMergedLine(ready.file.path.filename().string(), error));
      return;
    }
    ops_ += static_cast<int64_t>(batch.ops.size());
    group_.push_back(std::move(ready));
    if (ops_ >= kOpsPerCommit) Commit();
  }

  void Commit() {
    if (!transaction_) return;
    try {
      transaction_->Commit();
    } catch (const db::SqliteError& error) {
      RollBack();
      for (const ReadyBatch& ready : group_) {
        const std::string name = ready.file.path.filename().string();
        report_.refused.push_back(
            "批次文件 " + name + " 未合并，留待下次合并 / batch " + name +
            " not merged, it stays in the inbox for the next merge: " + SyncFailureLine(error));
      }
    }
    transaction_.reset();
    for (const ReadyBatch& ready : group_) RemoveWorkCopy(ready);
    group_.clear();
    ops_ = 0;
  }

 private:
  // `failed` is refused; the group's other batches are applied again without it.
  void GiveUp(const ReadyBatch& failed, const std::string& line) {
    RollBack();
    report_.refused.push_back(line);
    RemoveWorkCopy(failed);
    std::vector<ReadyBatch> again = std::move(group_);
    group_.clear();
    ops_ = 0;
    for (ReadyBatch& ready : again) {
      Batch batch;
      try {
        batch = ReadBatch(ready.local, ready.file.kiosk_id);
      } catch (const SyncError& error) {  // its work copy, read a moment ago, cannot be read now
        report_.refused.push_back(error.what());
        RemoveWorkCopy(ready);
        continue;
      }
      Add(std::move(ready), batch);
    }
  }

  // Ends the open transaction unwritten; the report goes back to the last commit's (refusals and
  // files skipped as seen before stay: they were decided outside the transaction).
  void RollBack() {
    if (!transaction_) return;
    transaction_.reset();  // ROLLBACK, if SQLite has not already
    MergeReport kept = committed_;
    kept.batches_already_merged = report_.batches_already_merged;
    kept.refused = std::move(report_.refused);
    report_ = std::move(kept);
  }

  db::Database& master_;
  const LocalDateTime& now_;
  MergeReport& report_;
  MergeReport committed_;  // the report as of the last commit
  std::optional<db::Transaction> transaction_;
  std::vector<ReadyBatch> group_;  // applied in the open transaction, in order
  int64_t ops_ = 0;
};

}  // namespace

MergeReport MergeInbox(db::Database& master, const fs::path& share, const fs::path& work_folder,
                       const LocalDateTime& now) {
  MergeReport report;
  fs::create_directories(work_folder);
  // Every batch is copied, read and validated whole, then applied in a transaction that takes
  // batches until it holds kOpsPerCommit operations (GroupedMerge): a crash leaves the master with
  // whole batches only, the ledger makes the next merge go on where this one stopped, and a night of
  // 100 kiosks writes each page of the master a few times instead of once per batch. Statements are
  // compiled once per connection (db::Statement's cache), not once per operation. The seats the
  // capacity rule reads are kept as running counts for the length of the merge (seats.h), so an
  // operation costs the same whether its activity has ten sign-ups or ten thousand. The next batch
  // is copied, hashed and read on a second thread while this one is applied (PrepareBatch).
  const KeptSeatCounts kept_seats(master);
  // A merge touches the ledger and the sign-up indexes all over: a larger page cache for its
  // length keeps them in memory instead of re-reading pages.
  const db::ScopedPragma page_cache(master, "cache_size", kNightlyPageCache);
  GroupedMerge grouped(master, now, report);
  std::set<std::string> merged_before, seen;
  {
    db::Statement merged(master, "SELECT sha256 FROM merged_batches");
    while (merged.Step()) merged_before.insert(merged.ColumnText(0));
  }
  const std::vector<InboxFile> inbox = ListInbox(share);
  std::future<PreparedBatch> next;
  for (size_t i = 0; i < inbox.size(); ++i) {
    PreparedBatch prepared = i == 0 ? PrepareBatch(inbox[i], work_folder, merged_before) : next.get();
    if (i + 1 < inbox.size())
      next =
          std::async(std::launch::async, PrepareBatch, inbox[i + 1], work_folder, std::cref(merged_before));
    const std::string& sha256 = prepared.ready.sha256;
    if (!sha256.empty() && (!seen.insert(sha256).second || merged_before.contains(sha256))) {
      ++report.batches_already_merged;
      prepared.batch.reset();
    } else if (!prepared.batch) {
      report.refused.push_back(prepared.refused);  // nothing of this batch was written
    }
    if (prepared.batch) {
      grouped.Add(std::move(prepared.ready), *prepared.batch);
    } else {
      RemoveWorkCopy(prepared.ready);
    }
  }
  grouped.Commit();
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
