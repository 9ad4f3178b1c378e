// tools/office/sync_commands.cpp — merge, publish, status and conflicts.
#include "sync_commands.h"

#include <filesystem>
#include <map>

#include "kiosk/core/health/health_record.h"
#include "kiosk/core/storage/kiosk_database.h"
#include "kiosk/core/storage/record_ids.h"
#include "kiosk/core/sync/export_publish.h"
#include "kiosk/core/sync/office_merge.h"
#include "kiosk/core/sync/share_files.h"
#include "kiosk/core/sync/sync_status.h"
#include "office_commands.h"

namespace kiosk::office {

namespace fs = std::filesystem;

namespace {

fs::path WorkFolder(const std::string& master) { return fs::path(master + ".sync-work"); }

// Runs one command body, turning any failure into one line and exit code 1.
template <class Body>
int Guarded(std::FILE* err, Body body) {
  try {
    return body();
  } catch (const std::exception& error) {
    std::fprintf(err, "kiosk-office: %s\n", sync::SyncFailureLine(error).c_str());
    return kExitProblems;
  }
}

}  // namespace

int RunMerge(const SyncOptions& options, std::FILE* out, std::FILE* err) {
  return Guarded(err, [&] {
    db::Database master = OpenKioskDatabase(options.master, /*create_if_missing=*/false);
    const sync::MergeReport r =
        sync::MergeInbox(master, options.share, WorkFolder(options.master), NowInShanghai());
    for (const std::string& line : r.refused) std::fprintf(err, "kiosk-office: %s\n", line.c_str());
    std::fprintf(
        out,
        "已合并 %d 个批次：%lld 条已应用，%lld 条冲突，%lld 条无法应用，%lld 条此前已合并 / merged %d "
        "batches: %lld applied, %lld conflicts, %lld rejected, %lld already merged; %d already seen, %zu "
        "refused\n",
        r.batches_merged, static_cast<long long>(r.ops_applied), static_cast<long long>(r.ops_conflict),
        static_cast<long long>(r.ops_rejected), static_cast<long long>(r.ops_already_merged),
        r.batches_merged, static_cast<long long>(r.ops_applied), static_cast<long long>(r.ops_conflict),
        static_cast<long long>(r.ops_rejected), static_cast<long long>(r.ops_already_merged),
        r.batches_already_merged, r.refused.size());
    return r.refused.empty() ? kExitOk : kExitProblems;
  });
}

int RunPublish(const SyncOptions& options, std::FILE* out, std::FILE* err) {
  return Guarded(err, [&] {
    db::Database master = OpenKioskDatabase(options.master, /*create_if_missing=*/false);
    const sync::PublishedExport published =
        sync::PublishExport(master, options.share, WorkFolder(options.master), NowInShanghai());
    std::fprintf(out, "已发布第 %lld 号数据 / published export %s (%ju bytes, sha256 %s)\n",
                 static_cast<long long>(published.number), published.file.string().c_str(), published.size,
                 published.sha256.c_str());
    return kExitOk;
  });
}

int RunStatus(const SyncOptions& options, std::FILE* out, std::FILE* err) {
  return Guarded(err, [&] {
    db::Database master = OpenKioskDatabase(options.master, /*create_if_missing=*/false);
    struct KioskState {
      int64_t acknowledged = 0;
      std::string last_batch = "-", last_batch_at = "-";
      int64_t conflicts = 0, pending_batches = 0;
      std::string health = "-";  // the kiosk's latest health report, as merged from its batches
    };
    std::map<std::string, KioskState> kiosks;
    db::Statement acks(master, "SELECT kiosk_id, acknowledged_seq FROM kiosk_acks");
    while (acks.Step()) kiosks[acks.ColumnText(0)].acknowledged = acks.ColumnInt(1);
    db::Statement batches(
        master, "SELECT kiosk_id, file_name, merged_at FROM merged_batches ORDER BY merged_at, file_name");
    while (batches.Step()) {
      KioskState& state = kiosks[batches.ColumnText(0)];
      state.last_batch = batches.ColumnText(1);
      state.last_batch_at = batches.ColumnText(2);
    }
    db::Statement conflicts(
        master,
        "SELECT kiosk_id, count(*) FROM merged_ops WHERE result IN ('kConflict', 'kRejected') "
        "GROUP BY kiosk_id");
    while (conflicts.Step()) kiosks[conflicts.ColumnText(0)].conflicts = conflicts.ColumnInt(1);
    // Batches in the inbox whose last operation is newer than what was merged: still to merge.
    const fs::path inbox = fs::path(options.share) / "inbox";
    if (fs::is_directory(inbox)) {
      for (const fs::directory_entry& folder : fs::directory_iterator(inbox)) {
        const std::string id = folder.path().filename().string();
        if (!folder.is_directory() || !IsValidKioskId(id)) continue;
        KioskState& state = kiosks[id];
        for (const fs::directory_entry& file : fs::directory_iterator(folder.path())) {
          if (file.path().extension() == ".sqlite" &&
              RecordSequence(file.path().stem().string()) > state.acknowledged)
            ++state.pending_batches;
        }
      }
    }
    for (const HealthOp& report : AllKioskHealth(master))
      kiosks[report.kiosk_id].health = report.reported_at + " " + HealthLine(report, false);
    std::fprintf(out,
                 "kiosk\tlast batch\tmerged at\tacknowledged\tbatches pending\tconflicts\thealth\tnote\n");
    const LocalDateTime now = NowInShanghai();
    for (const auto& [id, state] : kiosks) {
      // A kiosk's batch reaches the office on every sync that has something to send.
      const bool stale = sync::SyncIsStale(LocalDateTime::ParseIso(state.last_batch_at), now);
      std::fprintf(
          out, "%s\t%s\t%s\t%lld\t%lld\t%lld\t%s\t%s\n", id.c_str(), state.last_batch.c_str(),
          state.last_batch_at.c_str(), static_cast<long long>(state.acknowledged),
          static_cast<long long>(state.pending_batches), static_cast<long long>(state.conflicts),
          state.health.empty() ? "-" : state.health.c_str(),
          stale ? "超过两天没有收到本机的批次 / no batch from this kiosk for more than two days" : "-");
    }
    return kExitOk;
  });
}

int RunConflicts(const SyncOptions& options, std::FILE* out, std::FILE* err) {
  return Guarded(err, [&] {
    db::Database master = OpenKioskDatabase(options.master, /*create_if_missing=*/false);
    const std::vector<sync::MergedConflict> conflicts = sync::MergedConflicts(master);
    for (const sync::MergedConflict& c : conflicts) {
      std::fprintf(out, "%s\t%s\t%s\t%s\t%s\n", c.merged_at.c_str(), c.op_id.c_str(), c.kind.c_str(),
                   c.result == "kConflict" ? "冲突 / conflict" : "无法应用 / rejected", c.payload.c_str());
    }
    std::fprintf(err, "%zu 条冲突或无法应用的操作 / %zu conflicting or rejected operation(s)\n",
                 conflicts.size(), conflicts.size());
    return kExitOk;
  });
}

}  // namespace kiosk::office
