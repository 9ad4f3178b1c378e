// kiosk/core/admin/admin_audit.h — the admin audit log: every admin action (the PIN accepted or
// refused, the lock, each screen opened, 退出) with its time and what changed, in order.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kiosk/core/storage/sqlite.h"
#include "kiosk/core/time/local_time.h"

namespace kiosk {

struct AuditEntry {
  std::string at;      // "2026-11-27T09:30:05", Asia/Shanghai
  std::string action;  // a stable word: "pin_accepted", "pin_wrong", "pin_locked", "exit", ...
  std::string detail;  // what changed, in words
};

// `at` is the local time with seconds ("YYYY-MM-DDTHH:MM:SS"). Throws db::SqliteError.
void RecordAdminAction(db::Database& db, std::string_view at, std::string_view action,
                       std::string_view detail);
// Oldest first.
std::vector<AuditEntry> AdminAuditLog(db::Database& db);

}  // namespace kiosk
