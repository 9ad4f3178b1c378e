// kiosk/core/health/health_record.h — the kiosk's health record: version, uptime, restarts, the last
// sync and its result, disk free, database size and the last error. The running kiosk records one
// at start and every kHealthEverySeconds; each is a 'health' operation (health_operation.h), kept
// as the kiosk's row of kiosk_health and carried by the nightly batch, so `kiosk-office status`
// shows every kiosk's latest.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/health/health_operation.h"
#include "kiosk/core/storage/sqlite.h"
#include "kiosk/core/time/local_time.h"

namespace kiosk {

inline constexpr int64_t kHealthEverySeconds = 60 * 60;

// What only the running program knows; the rest is read from the database and the disk.
struct HealthInputs {
  std::string version;     // "0.1"
  std::string started_at;  // when this process started, "YYYY-MM-DDTHH:MM:SS"
  int64_t uptime_seconds = 0;
  int64_t restarts = 0;    // RestartsSoFar() at start
  std::string last_error;  // the program's last logged error, "" if none
};

// At start: how many times this kiosk started before (0 on the very first start).
int64_t RestartsSoFar(db::Database& db);

// Writes the report (kiosk_health row + its 'health' operation) in one transaction and returns it.
// `now` is "YYYY-MM-DDTHH:MM:SS". A failed last sync names its message when no error is given.
// Throws db::SqliteError, KioskIdentityError (no kiosk id).
HealthOp RecordHealth(db::Database& db, const HealthInputs& inputs, const std::string& now);

// The latest report of one kiosk / of every kiosk (the office), by kiosk id.
std::optional<HealthOp> LatestHealth(db::Database& db, const std::string& kiosk_id);
std::vector<HealthOp> AllKioskHealth(db::Database& db);

// One line for people: "v0.1 运行 3小时12分 重启 2 次 同步 ok 2026-11-27T02:31 磁盘余 12.3 GB 数据库 4.1 MB"
// in English: "v0.1 up 3 h 12 min, 2 restarts, sync ok 2026-11-27T02:31, 12.3 GB free, database 4.1 MB".
std::string HealthLine(const HealthOp& report, bool chinese);

}  // namespace kiosk
