// kiosk/core/admin/admin_sync_state.h — what staff see of the nightly sync: the last runs (sync_log)
// and the records of this kiosk the office kept as conflicts (an event already full, a slot
// already taken at another kiosk), as the last sync brought them back.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/storage/sqlite.h"

namespace kiosk {

struct SyncRun {
  std::string started_at, finished_at;
  bool ok = false;
  std::optional<int64_t> export_number;
  int64_t ops_sent = 0;
  std::string message;  // the summary line, or what failed
};

// Newest first, at most `limit`.
std::vector<SyncRun> RecentSyncRuns(db::Database& db, int limit);

struct SyncConflict {
  std::string record_id;    // "K01-42"
  std::string kind;         // "signup", "checkin", "booking"
  std::string what;         // the activity's title or the room's name
  std::string when;         // the activity's start or the booking's start, ISO
  std::string phone_last4;  // "" for a check-in
};

// The conflict rows of every kind, newest record first, at most `limit`.
std::vector<SyncConflict> SyncConflicts(db::Database& db, int limit);

}  // namespace kiosk
