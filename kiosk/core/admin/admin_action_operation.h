// kiosk/core/admin/admin_action_operation.h — the 'admin_action' operation: one admin audit entry
// on its way to the office, so each kiosk's audit log reaches the office with the nightly batch.
#pragma once

#include <string>
#include <string_view>

#include "kiosk/core/storage/outbox.h"
#include "kiosk/core/storage/sqlite.h"

namespace kiosk {

// ---------------------------------------------------------------------------------------------
// 'admin_action' — one entry of admin_audit.
// Payload: record_id ("K01-42", the entry's global id), at, action, detail
// Apply: replay when an entry with this record id exists; otherwise the entry is added to
//   admin_audit (at the office: next to every other kiosk's). Never a conflict: a log only grows.
struct AdminActionOp {
  static constexpr std::string_view kKind = "admin_action";
  std::string record_id;
  std::string at;
  std::string action;
  std::string detail;
  bool operator==(const AdminActionOp&) const = default;
};

std::string ToJson(const AdminActionOp& op);
void FromJson(std::string_view op_id, std::string_view payload, AdminActionOp& op);
ApplyResult Apply(db::Database& db, const AdminActionOp& op);

}  // namespace kiosk
