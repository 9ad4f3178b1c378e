// kiosk/core/sync/sync_status.cpp — the last good sync from sync_log, and the watcher.
#include "kiosk/core/sync/sync_status.h"

#include "kiosk/core/time/minute_time.h"

namespace kiosk::sync {

std::optional<LocalDateTime> LastGoodSync(db::Database& db) {
  db::Statement query(db, "SELECT finished_at FROM sync_log WHERE result = 'ok' ORDER BY id DESC LIMIT 1");
  if (!query.Step()) return std::nullopt;
  return LocalDateTime::ParseIso(query.ColumnText(0));
}

bool SyncIsStale(const std::optional<LocalDateTime>& last, const LocalDateTime& now) {
  return !last || MinutesBetween(*last, now) > kStaleSyncMinutes;
}

SyncWatcher::SyncWatcher(db::Database& db)
    : db_(db), data_version_(DataVersion()), last_good_id_(LastGoodId()) {}

int64_t SyncWatcher::DataVersion() { return db::QueryInt(db_, "PRAGMA data_version"); }

int64_t SyncWatcher::LastGoodId() {
  return db::QueryInt(
      db_, "SELECT coalesce((SELECT id FROM sync_log WHERE result = 'ok' ORDER BY id DESC LIMIT 1), 0)");
}

bool SyncWatcher::Changed() {
  const int64_t version = DataVersion();
  if (version == data_version_) return false;
  data_version_ = version;
  const int64_t last = LastGoodId();
  if (last == last_good_id_) return false;
  last_good_id_ = last;
  return true;
}

}  // namespace kiosk::sync
