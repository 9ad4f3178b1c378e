// kiosk/core/admin/admin_audit.cpp — writing and reading the admin audit log.
#include "kiosk/core/admin/admin_audit.h"

namespace kiosk {

void RecordAdminAction(db::Database& db, std::string_view at, std::string_view action,
                       std::string_view detail) {
  db::Statement q(db, "INSERT INTO admin_audit (at, action, detail) VALUES (?1, ?2, ?3)");
  q.BindAll(at, action, detail);
  q.Run();
}

std::vector<AuditEntry> AdminAuditLog(db::Database& db) {
  std::vector<AuditEntry> entries;
  db::Statement q(db, "SELECT at, action, detail FROM admin_audit ORDER BY id");
  while (q.Step()) entries.push_back(AuditEntry{q.ColumnText(0), q.ColumnText(1), q.ColumnText(2)});
  return entries;
}

}  // namespace kiosk
