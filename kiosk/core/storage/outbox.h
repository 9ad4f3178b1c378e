// kiosk/core/storage/outbox.h — the journal of operations a kiosk owes the office. Every local write
// (sign-up, cancel, promotion, check-in, check-out, booking, cancelled booking) is a typed
// operation (signup/signup_operations.h, volunteer/checkin_operations.h; all kinds in
// sync/operations.h): the kiosk applies it and appends it here IN THE SAME TRANSACTION, so a row
// and its operation are recorded together or not at all. The nightly sync sends the operations
// the office has not acknowledged; the office applies the very same operations, in order.
//
// Operation ids come from NextRecordId() ("<kiosk-id>-<seq>"), so they are globally unique.
// Payloads are JSON objects (outbox_payload.h); they never hold a clear phone number (only
// phone_hash + phone_last4). Each operation struct documents its payload fields beside it.
// Waitlist positions are not authoritative: the office re-derives them from the order of the
// operations (a cancel renumbers the waitlist behind it).
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/core/storage/sqlite.h"
#include "kiosk/core/time/local_time.h"

namespace kiosk {

// What applying one operation to a database did. Apply functions never throw for a state that
// differs from what the kiosk saw: each kind decides that by its documented rule.
enum class ApplyResult {
  kApplied,   // written as the operation says
  kConflict,  // the state differs from what the kiosk saw; resolved by the kind's conflict rule
  kReplayed,  // applied before (same record id): nothing changed
  kRejected,  // names a row this database does not have: nothing written
};
std::string_view ApplyResultName(ApplyResult result);  // "kApplied" etc., for logs and tests

// A payload that cannot be read as its kind: names the operation and the field.
class MalformedOperation : public std::runtime_error {
 public:
  MalformedOperation(std::string op_id, std::string field, const std::string& problem);
  const std::string& op_id() const { return op_id_; }
  const std::string& field() const { return field_; }  // empty: the payload as a whole

 private:
  std::string op_id_, field_;
};

// Appends one operation and returns its op id. Call it inside the transaction of the write it
// describes (db::Transaction); it does not open one itself. `kind` must be one the schema knows.
std::string AppendOutboxOperation(db::Database& db, std::string_view kind, const std::string& payload,
                                  const LocalDateTime& now);

// Appends a typed operation (a struct with kKind and a ToJson overload).
template <class Op>
std::string AppendOutboxOperation(db::Database& db, const Op& op, const LocalDateTime& now) {
  return AppendOutboxOperation(db, Op::kKind, ToJson(op), now);
}

struct OutboxEntry {
  int64_t seq = 0;  // journal order
  std::string op_id;
  std::string kind;
  std::string payload;
  std::string created_at;
};

// Operations not yet acknowledged by the office (sequence of the op id above
// AcknowledgedSequence), in the order they were written.
std::vector<OutboxEntry> UnacknowledgedOperations(db::Database& db);

// The highest operation sequence ("K01-42" -> 42) the office has acknowledged, from meta
// 'acknowledged_seq' (0: none yet). The nightly sync sets it from the export it imports.
int64_t AcknowledgedSequence(db::Database& db);
// Records it and drops the acknowledged operations from the journal: the office holds them now.
void AcknowledgeOperations(db::Database& db, int64_t acknowledged_seq);

}  // namespace kiosk
