// kiosk/core/volunteer/correct_hours_operation.cpp — the 'correct_hours' payload and its Apply rule
// (stated in correct_hours_operation.h).
#include "kiosk/core/volunteer/correct_hours_operation.h"

#include <algorithm>

#include "kiosk/core/storage/outbox_payload.h"

namespace kiosk {

std::string ToJson(const CorrectHoursOp& op) {
  return PayloadWriter()
      .Text("checkin_id", op.checkin_id)
      .Time("checked_out_at", op.checked_out_at)
      .Int("minutes", op.minutes)
      .Text("reason", op.reason)
      .Time("corrected_at", op.corrected_at)
      .str();
}

void FromJson(std::string_view op_id, std::string_view payload, CorrectHoursOp& op) {
  const PayloadReader in(op_id, payload);
  op.checkin_id = in.Text("checkin_id");
  op.checked_out_at = in.Time("checked_out_at");
  op.minutes = in.Int("minutes");
  op.reason = in.Text("reason");
  if (op.reason.empty() || op.reason.size() > 200)
    throw MalformedOperation(std::string(op_id), "reason", "a correction needs a reason of 1-200 bytes");
  op.corrected_at = in.Time("corrected_at");
}

ApplyResult Apply(db::Database& db, const CorrectHoursOp& op) {
  db::Statement row(db,
                    "SELECT status, checked_in_at, checked_out_at, correction FROM checkins WHERE id = ?1");
  row.Bind(1, op.checkin_id);
  if (!row.Step()) return ApplyResult::kRejected;
  if (row.ColumnText(0) == "conflict") return ApplyResult::kConflict;
  // Never before the stored check-in (the schema forbids it; ISO text sorts like time).
  const std::string out = std::max(op.checked_out_at.Iso(), row.ColumnText(1));
  if (row.ColumnOptionalText(2) == out && row.ColumnOptionalText(3) == op.reason)
    return ApplyResult::kReplayed;
  db::Statement(db,
                "UPDATE checkins SET status = 'checked_out', checked_out_at = ?2, auto_closed = 0, "
                "correction = ?3 WHERE id = ?1")
      .BindAll(op.checkin_id, out, op.reason)
      .Run();
  return ApplyResult::kApplied;
}

}  // namespace kiosk
