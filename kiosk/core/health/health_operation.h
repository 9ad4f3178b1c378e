// kiosk/core/health/health_operation.h — the 'health' operation: one health report of a kiosk
// (health_record.h), carried by the nightly batch so the office knows how each kiosk is doing.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "kiosk/core/storage/outbox.h"
#include "kiosk/core/storage/sqlite.h"

namespace kiosk {

// ---------------------------------------------------------------------------------------------
// 'health' — a kiosk's state at reported_at.
// Payload: report_id ("K01-42"), kiosk_id, reported_at, version, started_at, uptime_seconds,
//   restarts, last_sync_at (or null), last_sync_result ("ok", "failed", ""), disk_free_bytes,
//   database_bytes, last_error
// Apply: the row of kiosk_id in kiosk_health becomes this report, unless it already holds this
//   report or a later one (replay: nothing changes). Never a conflict: the newest report wins.
struct HealthOp {
  static constexpr std::string_view kKind = "health";
  std::string report_id;
  std::string kiosk_id;
  std::string reported_at;  // "YYYY-MM-DDTHH:MM:SS", Asia/Shanghai
  std::string version;
  std::string started_at;
  int64_t uptime_seconds = 0;
  int64_t restarts = 0;
  std::optional<std::string> last_sync_at;
  std::string last_sync_result;
  int64_t disk_free_bytes = 0;
  int64_t database_bytes = 0;
  std::string last_error;
  bool operator==(const HealthOp&) const = default;
};

std::string ToJson(const HealthOp& op);
void FromJson(std::string_view op_id, std::string_view payload, HealthOp& op);
ApplyResult Apply(db::Database& db, const HealthOp& op);

}  // namespace kiosk
