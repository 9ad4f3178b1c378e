// kiosk/core/sync/kiosk_sync.cpp — a kiosk's sync run and its sync_log row.
#include "kiosk/core/sync/kiosk_sync.h"

#include <optional>

#include "kiosk/core/storage/outbox.h"
#include "kiosk/core/storage/record_ids.h"
#include "kiosk/core/sync/batch.h"
#include "kiosk/core/sync/share_files.h"

namespace kiosk::sync {

namespace {

void Log(db::Database& kiosk, const LocalDateTime& started, const KioskSyncReport& report, bool ok,
         const std::string& message) {
  db::Statement(
      kiosk,
      "INSERT INTO sync_log(started_at, finished_at, export_number, ops_sent, ops_reapplied, result, "
      "message) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)")
      .BindAll(started.Iso(), NowInShanghai().Iso(), report.import.export_number, report.ops_sent,
               report.import.reapplied, std::string(ok ? "ok" : "failed"), message)
      .Run();
}

}  // namespace

KioskSyncReport RunKioskSync(db::Database& kiosk, const std::filesystem::path& share,
                             const std::filesystem::path& work_folder, const LocalDateTime& started) {
  KioskSyncReport report;
  try {
    if (const std::optional<WrittenBatch> batch = WriteBatch(kiosk, work_folder, started)) {
      DeliverBatch(*batch, share, KioskId(kiosk));
      report.ops_sent = batch->ops;
      std::filesystem::remove(batch->file);
    }
    // The run's 'ok' row is written in the import's own transaction: a kill at any point leaves
    // either the old data and no row, or the new data and its row, never one without the other.
    bool logged = false;
    report.import = ImportLatestExport(kiosk, share, work_folder, [&](const ImportReport& imported) {
      KioskSyncReport done = report;
      done.import = imported;
      Log(kiosk, started, done, true, SummaryLine(done));
      logged = true;
    });
    if (!logged) Log(kiosk, started, report, true, SummaryLine(report));
    // Only now, with the acknowledgement imported: batches the office holds leave the inbox.
    report.batches_pruned = PruneAcknowledgedBatches(share, KioskId(kiosk), AcknowledgedSequence(kiosk));
    return report;
  } catch (const std::exception& error) {
    try {
      Log(kiosk, started, report, false, error.what());
    } catch (const db::SqliteError&) {
      // The failure being reported matters more than its log row.
    }
    if (dynamic_cast<const SyncError*>(&error)) throw;
    throw SyncError("同步失败，数据保持不变", "sync failed, nothing changed: " + SyncFailureLine(error));
  }
}

std::string SummaryLine(const KioskSyncReport& report) {
  const ImportReport& in = report.import;
  const std::string n = std::to_string(in.export_number);
  return "同步完成：发送 " + std::to_string(report.ops_sent) + " 条操作，" +
         (in.imported ? "导入第 " + n + " 号数据" : "第 " + n + " 号数据已是最新") + "，" +
         std::to_string(in.reapplied) + " 条待办公室确认 / sync done: " + std::to_string(report.ops_sent) +
         " operations sent, export " + n +
         (in.imported ? " imported (" + std::to_string(in.occurrences) + " occurrences, " +
                            std::to_string(in.signups) + " sign-ups), "
                      : " already current, ") +
         std::to_string(in.acknowledged) + " acknowledged, " + std::to_string(in.reapplied) +
         " awaiting the office";
}

}  // namespace kiosk::sync
