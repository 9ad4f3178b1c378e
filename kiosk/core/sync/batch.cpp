// kiosk/core/sync/batch.cpp — writing a kiosk's batch, delivering it to the share, and reading
// one back at the office.
#include "kiosk/core/sync/batch.h"

#include <charconv>
#include <cstdio>
#include <variant>

#include "kiosk/core/feedback/ratings.h"
#include "kiosk/core/storage/record_ids.h"
#include "kiosk/core/sync/share_files.h"
#include "kiosk/core/sync/untrusted_database.h"

namespace kiosk::sync {

namespace fs = std::filesystem;

namespace {

constexpr const char* kBatchSchema = R"sql(
  CREATE TABLE batch_meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID;
  CREATE TABLE ops (
    seq        INTEGER PRIMARY KEY,
    op_id      TEXT NOT NULL UNIQUE,
    kind       TEXT NOT NULL,
    payload    TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
)sql";

std::string BatchName(const std::string& kiosk_id, int64_t last_seq) {
  char digits[32];
  std::snprintf(digits, sizeof digits, "%012lld", static_cast<long long>(last_seq));
  return kiosk_id + "-" + digits + ".sqlite";
}

[[noreturn]] void Refuse(const fs::path& file, const std::string& zh, const std::string& en) {
  throw SyncError("批次文件 " + file.filename().string() + " " + zh,
                  "batch " + file.filename().string() + ": " + en);
}

}  // namespace

std::optional<WrittenBatch> WriteBatch(db::Database& kiosk, const fs::path& folder,
                                       const LocalDateTime& now) {
  QueueRatingsForSync(kiosk, now);  // ratings enter the journal only now, shuffled (ratings.h)
  const std::string kiosk_id = KioskId(kiosk);
  const int64_t after_seq = AcknowledgedSequence(kiosk);
  const std::vector<OutboxEntry> owed = UnacknowledgedOperations(kiosk);
  if (owed.empty()) return std::nullopt;
  WrittenBatch written;
  written.ops = static_cast<int64_t>(owed.size());
  written.last_seq = RecordSequence(owed.back().op_id);
  fs::create_directories(folder);
  written.file = folder / BatchName(kiosk_id, written.last_seq);
  const fs::path temp = folder / (written.file.filename().string() + ".part");
  fs::remove(temp);
  {
    db::Database batch(temp.string(), db::OpenMode::kReadWriteCreate);
    batch.Exec("PRAGMA journal_mode = OFF");  // a half-written .part is simply written again
    batch.Exec("PRAGMA synchronous = OFF");   // the whole file is fsynced below, before the rename
    db::Transaction transaction(batch);
    batch.Exec(kBatchSchema);
    db::Statement meta(batch, "INSERT INTO batch_meta(key, value) VALUES(?1, ?2)");
    for (const auto& [key, value] : {std::pair<std::string, std::string>{"format", "1"},
                                     {"kiosk_id", kiosk_id},
                                     {"after_seq", std::to_string(after_seq)},
                                     {"written_at", now.Iso()}}) {
      meta.BindAll(key, value).Run();
      meta.Reset();
    }
    db::Statement insert(batch,
                         "INSERT INTO ops(seq, op_id, kind, payload, created_at) VALUES(?1, ?2, ?3, ?4, ?5)");
    for (const OutboxEntry& entry : owed) {
      insert.BindAll(RecordSequence(entry.op_id), entry.op_id, entry.kind, entry.payload, entry.created_at)
          .Run();
      insert.Reset();
    }
    transaction.Commit();
  }
  SyncFile(temp);
  fs::rename(temp, written.file);
  SyncFile(written.file);
  return written;
}

fs::path DeliverBatch(const WrittenBatch& batch, const fs::path& share, const std::string& kiosk_id) {
  const fs::path inbox = share / "inbox" / kiosk_id;
  std::error_code error;
  fs::create_directories(inbox, error);
  if (error)
    throw SyncError("无法在共享文件夹创建 " + inbox.string(),
                    "cannot create " + inbox.string() + ": " + error.message());
  const fs::path target = inbox / batch.file.filename();
  CopyFileDurably(batch.file, target);
  return target;
}

int PruneAcknowledgedBatches(const fs::path& share, const std::string& kiosk_id, int64_t acknowledged) {
  const fs::path inbox = share / "inbox" / kiosk_id;
  std::error_code error;
  std::vector<fs::path> merged;
  for (fs::directory_iterator file(inbox, error), end; !error && file != end; file.increment(error)) {
    const std::string name = file->path().filename().string();
    const std::string prefix = kiosk_id + "-";
    if (name.size() != prefix.size() + 12 + 7 || name.rfind(prefix, 0) != 0) continue;
    int64_t last_seq = 0;
    const char* digits = name.data() + prefix.size();
    const auto parsed = std::from_chars(digits, digits + 12, last_seq);
    if (parsed.ec != std::errc() || parsed.ptr != digits + 12 || name != BatchName(kiosk_id, last_seq))
      continue;
    if (last_seq <= acknowledged) merged.push_back(file->path());
  }
  int removed = 0;
  for (const fs::path& file : merged) removed += fs::remove(file, error) ? 1 : 0;
  return removed;
}

namespace {

// ReadBatch without the conversion of SQLite's own errors.
Batch ReadBatchRows(const fs::path& local_copy, const std::string& expected_kiosk_id) {
  db::Database db = OpenUntrusted(local_copy, "批次文件", "batch");
  RequireTable(db, "batch_meta", {"key", "value"}, "批次文件", "batch");
  RequireTable(db, "ops", {"seq", "op_id", "kind", "payload", "created_at"}, "批次文件", "batch");
  Batch batch;
  std::string format;
  bool has_after = false;
  {
    db::Statement meta(db, "SELECT key, value FROM batch_meta");
    while (meta.Step()) {
      const std::string key = meta.ColumnText(0), value = meta.ColumnText(1);
      if (key == "format") format = value;
      if (key == "kiosk_id") batch.kiosk_id = value;
      if (key == "after_seq") {
        has_after = true;
        batch.after_seq =
            value.empty() || value.size() > 15 || value.find_first_not_of("0123456789") != std::string::npos
                ? -1
                : std::stoll(value);
      }
    }
  }
  if (format != "1") Refuse(local_copy, "格式版本不支持", "format '" + format + "' is not supported");
  if (batch.kiosk_id != expected_kiosk_id)
    Refuse(local_copy, "属于另一台一体机",
           "kiosk id '" + batch.kiosk_id + "' is not its inbox's '" + expected_kiosk_id + "'");
  if (!has_after || batch.after_seq < 0)
    Refuse(local_copy, "缺少确认序号", "after_seq is missing or not a number");
  if (db::QueryInt(db, "SELECT count(*) FROM ops") > kMaxOpsPerBatch)
    Refuse(local_copy, "操作过多", "more than " + std::to_string(kMaxOpsPerBatch) + " operations");
  db::Statement ops(db, "SELECT seq, op_id, kind, payload, created_at FROM ops ORDER BY seq");
  int64_t previous = batch.after_seq;
  while (ops.Step()) {
    BatchOp entry;
    entry.op_id = ops.ColumnText(1);
    entry.kind = ops.ColumnText(2);
    entry.payload = ops.ColumnText(3);
    entry.seq = RecordSequence(entry.op_id);
    if (entry.seq == 0 || OriginKioskOf(entry.op_id) != batch.kiosk_id || entry.seq != ops.ColumnInt(0))
      Refuse(local_copy, "含有不属于本机的操作编号",
             "operation id '" + entry.op_id + "' is not one of this kiosk's");
    if (entry.seq <= previous)
      Refuse(local_copy, "操作顺序有误", "operation " + entry.op_id + " is out of order");
    previous = entry.seq;
    ParsedOperation parsed = ParseOperation(entry.op_id, entry.kind, entry.payload);
    if (auto* malformed = std::get_if<MalformedOperation>(&parsed))
      Refuse(local_copy, "含有无法读取的操作", malformed->what());
    entry.op = std::get<Operation>(std::move(parsed));
    batch.ops.push_back(std::move(entry));
  }
  return batch;
}

}  // namespace

Batch ReadBatch(const fs::path& local_copy, const std::string& expected_kiosk_id) {
  try {
    return ReadBatchRows(local_copy, expected_kiosk_id);
  } catch (const db::SqliteError& error) {
    // A value past the untrusted connection's limits, a page damaged past quick_check: this
    // batch is refused, and the merge goes on with the others.
    Refuse(local_copy, "无法读取", std::string("cannot be read: ") + error.what());
  }
}

}  // namespace kiosk::sync
