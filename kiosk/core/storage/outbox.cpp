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
  // The office acknowledges by the sync protocol (a later issue); until then every row is owed.
  db::Statement query(db, "SELECT seq, op_id, kind, payload, created_at FROM outbox ORDER BY seq");
  std::vector<OutboxEntry> entries;
  while (query.Step()) {
    entries.push_back({query.ColumnInt(0), query.ColumnText(1), query.ColumnText(2), query.ColumnText(3),
                       query.ColumnText(4)});
  }
  return entries;
}

}  // namespace kiosk
