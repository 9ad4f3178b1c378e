// kiosk/core/admin/admin_audit.h — the admin audit log: every admin action (the PIN accepted or
// refused, the lock, each view opened, 立即同步, a correction, 退出) with its time and what changed,
// in order. Each entry is also an 'admin_action' operation in the outbox, so the nightly batch
// carries it and the office keeps every kiosk's log (admin_action_operation.h).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kiosk/core/storage/sqlite.h"
#include "kiosk/core/time/local_time.h"

namespace kiosk {

struct AuditEntry {
  std::string at;      // "2026-11-27T09:30" or with seconds, Asia/Shanghai
  std::string action;  // a stable word: "pin_accepted", "pin_wrong", "pin_locked", "exit", ...
  std::string detail;  // what changed, in words
  std::string kiosk;   // the kiosk that wrote it ("" for entries older than the batch carrying them)
};

// Records one entry and its operation in one transaction. `at` is the local time
// ("YYYY-MM-DDTHH:MM" with optional ":SS"). Throws db::SqliteError.
void RecordAdminAction(db::Database& db, std::string_view at, std::string_view action,
                       std::string_view detail);
// The same inside the caller's transaction (an admin write and its entry together).
void AppendAdminAction(db::Database& db, std::string_view at, std::string_view action,
                       std::string_view detail);
// Oldest first.
std::vector<AuditEntry> AdminAuditLog(db::Database& db);

}  // namespace kiosk
