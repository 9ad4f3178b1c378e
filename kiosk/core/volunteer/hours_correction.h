// kiosk/core/volunteer/hours_correction.h — staff correcting a volunteer's hours on the admin
// screen: a forgotten check-out (still open, or closed by the kiosk at the activity's end) or a
// wrong time, set by hand with a reason.
//
// Rules (what staff experience):
//   * The list: check-ins of the last kCorrectionDays days that are still open or were closed by
//     the kiosk (auto_closed), then those already corrected, newest first.
//   * A correction needs a reason (1-200 bytes) and a check-out after the check-in, not in the
//     future. It is written as one 'correct_hours' operation (correct_hours_operation.h) with its
//     admin audit entry, in one transaction; the check-in is then marked as a manual correction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "kiosk/core/storage/sqlite.h"
#include "kiosk/core/time/local_time.h"

namespace kiosk {

inline constexpr int kCorrectionDays = 7;

struct CorrectableCheckin {
  std::string checkin_id;
  std::string volunteer;  // the roster's display name (staff screen, behind the PIN)
  std::string activity;   // "" for general duty
  LocalDateTime checked_in_at;
  std::optional<LocalDateTime> checked_out_at;  // none: still open
  std::optional<LocalDateTime> activity_end;    // a sensible default check-out
  bool auto_closed = false;
  std::optional<std::string> correction;  // the reason of an earlier correction
};

std::vector<CorrectableCheckin> CorrectableCheckins(db::Database& db, const LocalDateTime& now);

struct HoursCorrected {
  int64_t minutes = 0;
};
enum class CorrectionRefusal {
  kNoSuchCheckin,    // gone (the last sync replaced it) or a conflict row
  kNoReason,         // 请选择更正原因
  kNotAfterCheckIn,  // 签退时间须晚于签到时间
  kInTheFuture,      // 签退时间不能晚于现在
};
struct CorrectionRefused {
  CorrectionRefusal reason;
};
using CorrectionOutcome = std::variant<HoursCorrected, CorrectionRefused>;

CorrectionOutcome CorrectHours(db::Database& db, std::string_view checkin_id,
                               const LocalDateTime& checked_out_at, std::string_view reason,
                               const LocalDateTime& now);

}  // namespace kiosk
