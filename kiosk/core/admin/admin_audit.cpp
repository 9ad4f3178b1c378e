// kiosk/core/admin/admin_audit.cpp — writing (entry + its 'admin_action' operation) and reading the
// admin audit log.
#include "kiosk/core/admin/admin_audit.h"

#include "kiosk/core/admin/admin_action_operation.h"
#include "kiosk/core/storage/outbox.h"
#include "kiosk/core/storage/record_ids.h"

namespace kiosk {

void AppendAdminAction(db::Database& db, std::string_view at, std::string_view action,
                       std::string_view detail) {
  const AdminActionOp op{.record_id = NextRecordId(db),
                         .at = std::string(at),
                         .action = std::string(action),
                         .detail = std::string(detail)};
  Apply(db, op);
  const LocalDateTime when = LocalDateTime::ParseIso(at.substr(0, 16)).value_or(NowInShanghai());
  AppendOutboxOperation(db, op, when);
}

void RecordAdminAction(db::Database& db, std::string_view at, std::string_view action,
                       std::string_view detail) {
  db::Transaction transaction(db);
  AppendAdminAction(db, at, action, detail);
  transaction.Commit();
}

std::vector<AuditEntry> AdminAuditLog(db::Database& db) {
  std::vector<AuditEntry> entries;
  db::Statement q(db, "SELECT at, action, detail, coalesce(record_id, '') FROM admin_audit ORDER BY id");
  while (q.Step()) {
    const std::string record = q.ColumnText(3);
    entries.push_back(AuditEntry{q.ColumnText(0), q.ColumnText(1), q.ColumnText(2),
                                 record.empty() ? std::string() : OriginKioskOf(record)});
  }
  return entries;
}

}  // namespace kiosk
