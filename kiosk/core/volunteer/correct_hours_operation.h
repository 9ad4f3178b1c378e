// kiosk/core/volunteer/correct_hours_operation.h — the 'correct_hours' operation: staff set a
// check-in's check-out by hand (a forgotten check-out, a wrong time) and said why. One struct with
// one JSON round trip and one Apply, like checkin_operations.h; the kiosk's write
// (hours_correction.h) and the office merge run the same Apply.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "kiosk/core/storage/outbox.h"
#include "kiosk/core/storage/sqlite.h"
#include "kiosk/core/time/local_time.h"

namespace kiosk {

// ---------------------------------------------------------------------------------------------
// 'correct_hours' — a check-in's check-out set by staff on the admin screen.
// Payload: checkin_id, checked_out_at, minutes (checked_out_at - checked_in_at), reason,
//   corrected_at
// Apply: rejected when the check-in does not exist; conflict (nothing written) when it is a
//   'conflict' row; replay when it already holds this check-out and this reason. Otherwise the
//   check-in is checked out at checked_out_at (never before its check-in), auto_closed cleared,
//   and `correction` holds the reason. Conflict rule: staff's word is final, so the correction
//   merged last wins over an earlier check-out or correction.
struct CorrectHoursOp {
  static constexpr std::string_view kKind = "correct_hours";
  std::string checkin_id;
  LocalDateTime checked_out_at;
  int64_t minutes = 0;
  std::string reason;
  LocalDateTime corrected_at;
  bool operator==(const CorrectHoursOp&) const = default;
};

std::string ToJson(const CorrectHoursOp& op);
void FromJson(std::string_view op_id, std::string_view payload, CorrectHoursOp& op);
ApplyResult Apply(db::Database& db, const CorrectHoursOp& op);

}  // namespace kiosk
