// kiosk/core/volunteer/checkin_operations.cpp — the 'checkin' and 'checkout' operations: their
// payloads and their Apply rules (stated in checkin_operations.h).
#include "kiosk/core/volunteer/checkin_operations.h"

#include <algorithm>

#include "kiosk/core/storage/outbox_payload.h"
#include "kiosk/core/storage/record_ids.h"

namespace kiosk {

std::string ToJson(const CheckinOp& op) {
  return PayloadWriter()
      .Text("checkin_id", op.checkin_id)
      .Int("volunteer_id", op.volunteer_id)
      .Int("occurrence_id", op.occurrence_id)
      .Text("event_uid", op.event_uid)
      .Text("recurrence_id", op.recurrence_id)
      .Time("checked_in_at", op.checked_in_at)
      .str();
}

void FromJson(std::string_view op_id, std::string_view payload, CheckinOp& op) {
  const PayloadReader in(op_id, payload);
  op.checkin_id = in.Text("checkin_id");
  op.volunteer_id = in.Int("volunteer_id");
  op.occurrence_id = in.Int("occurrence_id");
  op.event_uid = in.Text("event_uid");
  op.recurrence_id = in.Text("recurrence_id");
  op.checked_in_at = in.Time("checked_in_at");
}

std::string ToJson(const CheckoutOp& op) {
  return PayloadWriter()
      .Text("checkin_id", op.checkin_id)
      .Int("volunteer_id", op.volunteer_id)
      .OptionalInt("occurrence_id", op.occurrence_id)
      .Time("checked_in_at", op.checked_in_at)
      .Time("checked_out_at", op.checked_out_at)
      .Int("minutes", op.minutes)
      .Bool("auto_closed", op.auto_closed)
      .str();
}

void FromJson(std::string_view op_id, std::string_view payload, CheckoutOp& op) {
  const PayloadReader in(op_id, payload);
  op.checkin_id = in.Text("checkin_id");
  op.volunteer_id = in.Int("volunteer_id");
  op.occurrence_id = in.OptionalInt("occurrence_id");
  op.checked_in_at = in.Time("checked_in_at");
  op.checked_out_at = in.Time("checked_out_at");
  op.minutes = in.Int("minutes");
  op.auto_closed = in.Bool("auto_closed");
}

namespace {

bool Exists(db::Database& db, const char* sql, int64_t id) {
  db::Statement query(db, sql);
  query.Bind(1, id);
  return query.Step();
}

}  // namespace

ApplyResult Apply(db::Database& db, const CheckinOp& op) {
  db::Statement same(db, "SELECT 1 FROM checkins WHERE id = ?1");
  same.Bind(1, op.checkin_id);
  if (same.Step()) return ApplyResult::kReplayed;
  if (!Exists(db, "SELECT 1 FROM volunteers WHERE id = ?1", op.volunteer_id) ||
      !Exists(db, "SELECT 1 FROM occurrences WHERE id = ?1", op.occurrence_id)) {
    return ApplyResult::kRejected;
  }
  db::Statement other(db,
                      "SELECT 1 FROM checkins WHERE volunteer_id = ?1 AND occurrence_id = ?2 "
                      "AND status IN ('checked_in', 'checked_out')");
  other.BindAll(op.volunteer_id, op.occurrence_id);
  const char* status = other.Step() ? "conflict" : "checked_in";
  db::Statement(
      db,
      "INSERT INTO checkins(id, origin_kiosk, created_at, volunteer_id, occurrence_id, checked_in_at, "
      "status) VALUES(?1, ?2, ?3, ?4, ?5, ?3, ?6)")
      .BindAll(op.checkin_id, OriginKioskOf(op.checkin_id), op.checked_in_at.Iso(), op.volunteer_id,
               op.occurrence_id, status)
      .Run();
  return std::string_view(status) == "conflict" ? ApplyResult::kConflict : ApplyResult::kApplied;
}

ApplyResult Apply(db::Database& db, const CheckoutOp& op) {
  db::Statement row(db, "SELECT status, checked_in_at FROM checkins WHERE id = ?1");
  row.Bind(1, op.checkin_id);
  if (!row.Step()) return ApplyResult::kRejected;
  const std::string status = row.ColumnText(0);
  if (status == "checked_out") return ApplyResult::kReplayed;
  if (status == "conflict") return ApplyResult::kConflict;
  // Never before the stored check-in (the schema forbids it; ISO text sorts like time).
  const std::string out = std::max(op.checked_out_at.Iso(), row.ColumnText(1));
  db::Statement(db,
                "UPDATE checkins SET status = 'checked_out', checked_out_at = ?2, auto_closed = ?3 "
                "WHERE id = ?1 AND status = 'checked_in'")
      .BindAll(op.checkin_id, out, op.auto_closed ? 1 : 0)
      .Run();
  return ApplyResult::kApplied;
}

}  // namespace kiosk
