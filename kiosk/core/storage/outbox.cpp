// kiosk/core/storage/outbox.cpp — appending operations to the outbox journal and reading it back.
#include "kiosk/core/storage/outbox.h"

#include "kiosk/core/storage/record_ids.h"

namespace kiosk {

std::string_view ApplyResultName(ApplyResult result) {
  switch (result) {
    case ApplyResult::kApplied:
      return "kApplied";
    case ApplyResult::kConflict:
      return "kConflict";
    case ApplyResult::kReplayed:
      return "kReplayed";
    case ApplyResult::kRejected:
      return "kRejected";
  }
  return "unknown";
}

MalformedOperation::MalformedOperation(std::string op_id, std::string field, const std::string& problem)
    : std::runtime_error("操作 " + op_id + " 的字段 " + (field.empty() ? "payload" : field) +
                         " 有误 / operation " + op_id + ": field " + (field.empty() ? "payload" : field) +
                         ": " + problem),
      op_id_(std::move(op_id)),
      field_(std::move(field)) {}

std::string AppendOutboxOperation(db::Database& db, std::string_view kind, const std::string& payload,
                                  const LocalDateTime& now) {
  std::string op_id = NextRecordId(db);
  db::Statement(db, "INSERT INTO outbox(op_id, kind, payload, created_at) VALUES(?1, ?2, ?3, ?4)")
      .BindAll(op_id, kind, payload, now.Iso())
      .Run();
  return op_id;
}

std::vector<OutboxEntry> UnacknowledgedOperations(db::Database& db) {
  const int64_t acknowledged = AcknowledgedSequence(db);
  db::Statement query(db, "SELECT seq, op_id, kind, payload, created_at FROM outbox ORDER BY seq");
  std::vector<OutboxEntry> entries;
  while (query.Step()) {
    if (RecordSequence(query.ColumnText(1)) <= acknowledged) continue;
    entries.push_back({query.ColumnInt(0), query.ColumnText(1), query.ColumnText(2), query.ColumnText(3),
                       query.ColumnText(4)});
  }
  return entries;
}

int64_t AcknowledgedSequence(db::Database& db) {
  db::Statement query(db, "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'acknowledged_seq'");
  return query.Step() ? query.ColumnInt(0) : 0;
}

void AcknowledgeOperations(db::Database& db, int64_t acknowledged_seq) {
  db::Statement(db,
                "INSERT INTO meta(key, value) VALUES('acknowledged_seq', ?1) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
      .Bind(1, std::to_string(acknowledged_seq))
      .Run();
  std::vector<int64_t> acknowledged;
  db::Statement query(db, "SELECT seq, op_id FROM outbox");
  while (query.Step()) {
    if (RecordSequence(query.ColumnText(1)) <= acknowledged_seq) acknowledged.push_back(query.ColumnInt(0));
  }
  db::Statement remove(db, "DELETE FROM outbox WHERE seq = ?1");
  for (const int64_t seq : acknowledged) {
    remove.Bind(1, seq).Run();
    remove.Reset();
  }
}

}  // namespace kiosk
