// kiosk/core/health/health_record.cpp — gathering, writing and reading health reports.
#include "kiosk/core/health/health_record.h"

#include <cstdio>
#include <filesystem>

#include "kiosk/core/storage/outbox.h"
#include "kiosk/core/storage/record_ids.h"

namespace kiosk {
namespace {

HealthOp ReadRow(db::Statement& q) {
  HealthOp r;
  r.kiosk_id = q.ColumnText(0);
  r.report_id = q.ColumnText(1);
  r.reported_at = q.ColumnText(2);
  r.version = q.ColumnText(3);
  r.started_at = q.ColumnText(4);
  r.uptime_seconds = q.ColumnInt(5);
  r.restarts = q.ColumnInt(6);
  r.last_sync_at = q.ColumnOptionalText(7);
  r.last_sync_result = q.ColumnText(8);
  r.disk_free_bytes = q.ColumnInt(9);
  r.database_bytes = q.ColumnInt(10);
  r.last_error = q.ColumnText(11);
  return r;
}

constexpr const char* kSelect =
    "SELECT kiosk_id, report_id, reported_at, version, started_at, uptime_seconds, restarts, last_sync_at, "
    "last_sync_result, disk_free_bytes, database_bytes, last_error FROM kiosk_health";

// The database file's folder's free space (0 for an in-memory database or an unreadable disk).
int64_t DiskFree(db::Database& db) {
  db::Statement q(db, "SELECT file FROM pragma_database_list WHERE name = 'main'");
  if (!q.Step() || q.ColumnText(0).empty()) return 0;
  std::error_code ec;
  const std::filesystem::space_info space =
      std::filesystem::space(std::filesystem::path(q.ColumnText(0)).parent_path(), ec);
  return ec ? 0 : static_cast<int64_t>(space.available);
}

std::string Bytes(int64_t bytes) {
  char text[32];
  if (bytes >= (int64_t{1} << 30))
    std::snprintf(text, sizeof text, "%.1f GB", static_cast<double>(bytes) / (1 << 30));
  else
    std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / (1 << 20));
  return text;
}

}  // namespace

int64_t RestartsSoFar(db::Database& db) {
  const std::optional<HealthOp> last = LatestHealth(db, KioskId(db));
  return last ? last->restarts + 1 : 0;
}

HealthOp RecordHealth(db::Database& db, const HealthInputs& inputs, const std::string& now) {
  db::Transaction transaction(db);
  HealthOp op;
  op.report_id = NextRecordId(db);
  op.kiosk_id = KioskId(db);
  op.reported_at = now;
  op.version = inputs.version;
  op.started_at = inputs.started_at;
  op.uptime_seconds = inputs.uptime_seconds;
  op.restarts = inputs.restarts;
  db::Statement sync(db, "SELECT finished_at, result, message FROM sync_log ORDER BY id DESC LIMIT 1");
  if (sync.Step()) {
    op.last_sync_at = sync.ColumnText(0);
    op.last_sync_result = sync.ColumnText(1);
    if (op.last_sync_result == "failed") op.last_error = sync.ColumnText(2);
  }
  if (!inputs.last_error.empty()) op.last_error = inputs.last_error;
  op.disk_free_bytes = DiskFree(db);
  op.database_bytes =
      db::QueryInt(db, "SELECT page_count * page_size FROM pragma_page_count, pragma_page_size");
  Apply(db, op);
  AppendOutboxOperation(db, op, LocalDateTime::ParseIso(now.substr(0, 16)).value_or(NowInShanghai()));
  transaction.Commit();
  return op;
}

std::optional<HealthOp> LatestHealth(db::Database& db, const std::string& kiosk_id) {
  db::Statement q(db, std::string(kSelect) + " WHERE kiosk_id = ?1");
  q.Bind(1, kiosk_id);
  if (!q.Step()) return std::nullopt;
  return ReadRow(q);
}

std::vector<HealthOp> AllKioskHealth(db::Database& db) {
  db::Statement q(db, std::string(kSelect) + " ORDER BY kiosk_id");
  std::vector<HealthOp> all;
  while (q.Step()) all.push_back(ReadRow(q));
  return all;
}

std::string HealthLine(const HealthOp& r, bool chinese) {
  const int64_t hours = r.uptime_seconds / 3600, minutes = r.uptime_seconds / 60 % 60;
  const std::string sync =
      r.last_sync_at ? r.last_sync_result + " " + *r.last_sync_at : std::string(chinese ? "从未" : "never");
  std::string line =
      chinese ? "v" + r.version + " 运行" + std::to_string(hours) + "小时" + std::to_string(minutes) +
                    "分 重启" + std::to_string(r.restarts) + "次 同步 " + sync + " 磁盘余" +
                    Bytes(r.disk_free_bytes) + " 数据库" + Bytes(r.database_bytes)
              : "v" + r.version + " up " + std::to_string(hours) + " h " + std::to_string(minutes) +
                    " min, " + std::to_string(r.restarts) + " restarts, sync " + sync + ", " +
                    Bytes(r.disk_free_bytes) + " free, database " + Bytes(r.database_bytes);
  if (!r.last_error.empty()) line += (chinese ? " 最近错误：" : ", last error: ") + r.last_error;
  for (char& c : line)
    if (static_cast<unsigned char>(c) < 0x20) c = ' ';  // one line, even for a multi-line error
  return line;
}

}  // namespace kiosk
