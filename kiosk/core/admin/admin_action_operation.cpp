// kiosk/core/admin/admin_action_operation.cpp — the 'admin_action' payload and its Apply.
#include "kiosk/core/admin/admin_action_operation.h"

#include "kiosk/core/storage/outbox_payload.h"

namespace kiosk {

std::string ToJson(const AdminActionOp& op) {
  return PayloadWriter()
      .Text("record_id", op.record_id)
      .Text("at", op.at)
      .Text("action", op.action)
      .Text("detail", op.detail)
      .str();
}

void FromJson(std::string_view op_id, std::string_view payload, AdminActionOp& op) {
  const PayloadReader in(op_id, payload);
  op.record_id = in.Text("record_id");
  op.at = in.Text("at");
  op.action = in.Text("action");
  op.detail = in.Text("detail");
  if (op.action.empty()) throw MalformedOperation(std::string(op_id), "action", "empty");
}

ApplyResult Apply(db::Database& db, const AdminActionOp& op) {
  db::Statement same(db, "SELECT 1 FROM admin_audit WHERE record_id = ?1");
  same.Bind(1, op.record_id);
  if (same.Step()) return ApplyResult::kReplayed;
  db::Statement(db, "INSERT INTO admin_audit (at, action, detail, record_id) VALUES (?1, ?2, ?3, ?4)")
      .BindAll(op.at, op.action, op.detail, op.record_id)
      .Run();
  return ApplyResult::kApplied;
}

}  // namespace kiosk
