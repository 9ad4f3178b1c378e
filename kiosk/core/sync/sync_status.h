// kiosk/core/sync/sync_status.h — how fresh a kiosk's data is, for the people looking at it: when
// the last good `kiosk --sync` finished (home's small print, the admin's warning), and a cheap
// way for a running kiosk to notice that a sync has just been applied by another process.
#pragma once

#include <cstdint>
#include <optional>

#include "kiosk/core/storage/sqlite.h"
#include "kiosk/core/time/local_time.h"

namespace kiosk::sync {

// Data older than this has missed nights: the admin screen and `kiosk-office status` say so.
constexpr int kStaleSyncMinutes = 2 * 24 * 60;

// When the last sync that ended well finished (sync_log), nullopt: never.
std::optional<LocalDateTime> LastGoodSync(db::Database& db);

// True when `last` is missing or more than kStaleSyncMinutes before `now`.
bool SyncIsStale(const std::optional<LocalDateTime>& last, const LocalDateTime& now);

// Notices a sync another process committed to the same database file. Changed() costs one
// PRAGMA data_version (no disk read when nothing was written) and, only when another connection
// wrote, one query for the newest good sync_log row (one row a night).
class SyncWatcher {
 public:
  explicit SyncWatcher(db::Database& db);
  // True once per newly finished good sync since the last call.
  bool Changed();

 private:
  int64_t DataVersion();
  int64_t LastGoodId();
  db::Database& db_;
  int64_t data_version_ = 0;
  int64_t last_good_id_ = 0;
};

}  // namespace kiosk::sync
