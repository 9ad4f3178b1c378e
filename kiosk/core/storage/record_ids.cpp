// kiosk/core/storage/record_ids.cpp — the kiosk id and local sequence behind NextRecordId().
#include "kiosk/core/storage/record_ids.h"

namespace kiosk {

bool IsValidKioskId(std::string_view id) {
  if (id.empty() || id.size() > 32) return false;
  for (const char c : id) {
    const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    if (!ok) return false;  // no '-': it separates the kiosk id from the sequence
  }
  return true;
}

void SetKioskId(db::Database& db, std::string_view kiosk_id) {
  if (!IsValidKioskId(kiosk_id)) {
    throw KioskIdentityError("本机编号无效 / invalid kiosk id: \"" + std::string(kiosk_id) + "\"");
  }
  db::Statement(db,
                "INSERT INTO meta(key, value) VALUES('kiosk_id', ?1) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
      .Bind(1, kiosk_id)
      .Run();
  db.Exec("INSERT OR IGNORE INTO meta(key, value) VALUES('next_seq', '1')");
}

std::string KioskId(db::Database& db) {
  db::Statement query(db, "SELECT value FROM meta WHERE key = 'kiosk_id'");
  if (!query.Step()) throw KioskIdentityError("本机编号未设置 / kiosk id not set (meta 'kiosk_id')");
  return query.ColumnText(0);
}

std::string NextRecordId(db::Database& db) {
  const std::string kiosk_id = KioskId(db);
  db::Statement next(db, "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'next_seq'");
  const int64_t seq = next.Step() ? next.ColumnInt(0) : 1;
  if (seq < 1) throw KioskIdentityError("meta 'next_seq' is not a positive number");
  db::Statement(db,
                "INSERT INTO meta(key, value) VALUES('next_seq', ?1) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
      .Bind(1, std::to_string(seq + 1))
      .Run();
  return kiosk_id + "-" + std::to_string(seq);
}

std::string OriginKioskOf(std::string_view record_id) {
  return std::string(record_id.substr(0, record_id.find('-')));
}

int64_t RecordSequence(std::string_view record_id) {
  const size_t dash = record_id.find('-');
  if (dash == std::string_view::npos || !IsValidKioskId(record_id.substr(0, dash))) return 0;
  const std::string_view digits = record_id.substr(dash + 1);
  if (digits.empty() || digits.size() > 15 || digits[0] == '0') return 0;
  int64_t value = 0;
  for (const char c : digits) {
    if (c < '0' || c > '9') return 0;
    value = value * 10 + (c - '0');
  }
  return value;
}

}  // namespace kiosk
