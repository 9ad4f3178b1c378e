// kiosk/core/volunteer/checkin_operations.h — the volunteer operations as typed values: 'checkin' and
// 'checkout'. Each is one struct with one JSON round trip (ToJson / FromJson, lossless) and one
// Apply() that enforces its rule and writes the row. A kiosk write (checkins.h) validates what only
// the kiosk can (the roster, the `now` windows), builds the operation, applies it and appends it
// to the outbox in one transaction; the office merge applies the very same operations in op order.
//
// Every Apply is safe to replay: a second Apply of the same check-in id changes nothing
// (ApplyResult::kReplayed). The conflict rule of each kind is stated beside it. Apply runs inside
// the caller's transaction and throws db::SqliteError only for storage failures.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "kiosk/core/storage/outbox.h"
#include "kiosk/core/storage/sqlite.h"
#include "kiosk/core/time/local_time.h"

namespace kiosk {

// ---------------------------------------------------------------------------------------------
// 'checkin' — a volunteer checked in for an occurrence.
// Payload: checkin_id, volunteer_id, occurrence_id, event_uid, recurrence_id, checked_in_at
// Apply: replay when the check-in id exists; rejected when the volunteer or the occurrence does
//   not exist. Conflict, stored with status 'conflict' (it holds no time): the volunteer already
//   has a check-in for the occurrence (e.g. made at another kiosk first).
struct CheckinOp {
  static constexpr std::string_view kKind = "checkin";
  std::string checkin_id;
  int64_t volunteer_id = 0;
  int64_t occurrence_id = 0;
  std::string event_uid;
  std::string recurrence_id;
  LocalDateTime checked_in_at;
  bool operator==(const CheckinOp&) const = default;
};

// ---------------------------------------------------------------------------------------------
// 'checkout' — a check-in was closed, by the volunteer or by the kiosk at the activity's end.
// Payload: checkin_id, volunteer_id, occurrence_id (or null), checked_in_at, checked_out_at,
//   minutes (checked_out_at - checked_in_at), auto_closed (true when the kiosk closed a forgotten
//   check-out at the activity's end)
// Apply: rejected when the check-in does not exist; replay when it is already checked out;
//   conflict (nothing written) when it is a 'conflict' row. Otherwise checked out at
//   checked_out_at (never before the stored check-in), flagged auto_closed.
struct CheckoutOp {
  static constexpr std::string_view kKind = "checkout";
  std::string checkin_id;
  int64_t volunteer_id = 0;
  std::optional<int64_t> occurrence_id;
  LocalDateTime checked_in_at;
  LocalDateTime checked_out_at;
  int64_t minutes = 0;
  bool auto_closed = false;
  bool operator==(const CheckoutOp&) const = default;
};

std::string ToJson(const CheckinOp& op);
std::string ToJson(const CheckoutOp& op);

// Reads a payload written by ToJson; throws MalformedOperation naming `op_id` and the field.
void FromJson(std::string_view op_id, std::string_view payload, CheckinOp& op);
void FromJson(std::string_view op_id, std::string_view payload, CheckoutOp& op);

ApplyResult Apply(db::Database& db, const CheckinOp& op);
ApplyResult Apply(db::Database& db, const CheckoutOp& op);

}  // namespace kiosk
