// kiosk/core/health/health_operation.cpp — the 'health' payload and its Apply (newest report wins).
#include "kiosk/core/health/health_operation.h"

#include "kiosk/core/storage/outbox_payload.h"
#include "kiosk/core/storage/record_ids.h"

namespace kiosk {

std::string ToJson(const HealthOp& op) {
  return PayloadWriter()
      .Text("report_id", op.report_id)
      .Text("kiosk_id", op.kiosk_id)
      .Text("reported_at", op.reported_at)
      .Text("version", op.version)
      .Text("started_at", op.started_at)
      .Int("uptime_seconds", op.uptime_seconds)
      .Int("restarts", op.restarts)
      .OptionalText("last_sync_at", op.last_sync_at)
      .Text("last_sync_result", op.last_sync_result)
      .Int("disk_free_bytes", op.disk_free_bytes)
      .Int("database_bytes", op.database_bytes)
      .Text("last_error", op.last_error)
      .str();
}

void FromJson(std::string_view op_id, std::string_view payload, HealthOp& op) {
  const PayloadReader in(op_id, payload);
  op.report_id = in.Text("report_id");
  op.kiosk_id = in.Text("kiosk_id");
  if (!IsValidKioskId(op.kiosk_id))
    throw MalformedOperation(std::string(op_id), "kiosk_id", "not a kiosk id");
  op.reported_at = in.Text("reported_at");
  op.version = in.Text("version");
  op.started_at = in.Text("started_at");
  op.uptime_seconds = in.Int("uptime_seconds");
  op.restarts = in.Int("restarts");
  op.last_sync_at = in.OptionalText("last_sync_at");
  op.last_sync_result = in.OneOf("last_sync_result", {"ok", "failed", ""});
  op.disk_free_bytes = in.Int("disk_free_bytes");
  op.database_bytes = in.Int("database_bytes");
  op.last_error = in.Text("last_error");
  if (op.uptime_seconds < 0 || op.restarts < 0 || op.disk_free_bytes < 0 || op.database_bytes < 0)
    throw MalformedOperation(std::string(op_id), "", "a count below zero");
}

ApplyResult Apply(db::Database& db, const HealthOp& op) {
  db::Statement held(db, "SELECT report_id, reported_at FROM kiosk_health WHERE kiosk_id = ?1");
  held.Bind(1, op.kiosk_id);
  if (held.Step() && (held.ColumnText(0) == op.report_id || held.ColumnText(1) > op.reported_at))
    return ApplyResult::kReplayed;
  db::Statement(db, R"sql(
    INSERT OR REPLACE INTO kiosk_health (kiosk_id, report_id, reported_at, version, started_at, uptime_seconds,
                                         restarts, last_sync_at, last_sync_result, disk_free_bytes,
                                         database_bytes, last_error)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12))sql")
      .BindAll(op.kiosk_id, op.report_id, op.reported_at, op.version, op.started_at, op.uptime_seconds,
               op.restarts, op.last_sync_at, op.last_sync_result, op.disk_free_bytes, op.database_bytes,
               op.last_error)
      .Run();
  return ApplyResult::kApplied;
}

}  // namespace kiosk
