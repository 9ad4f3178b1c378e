// kiosk/core/volunteer/checkins.h — volunteer check-in and check-out rules, and the hours served.
//
// Rules (what a volunteer experiences):
//   * Duties. A volunteer serves an occurrence they signed up for as a volunteer (role
//     'volunteer', confirmed), or any occurrence of an event with wants_volunteers = 1.
//   * Window. Check-in opens kCheckInOpensMinutesBefore (60) minutes before the start and is
//     possible until the end: at start-61 min it is too early, at start-60 it is allowed, at the
//     end minute and after it is over.
//   * One check-in per volunteer and occurrence. A second check-in tap returns AlreadyCheckedIn
//     (nothing written); after check-out, AlreadyCheckedOut with the minutes served.
//   * Check-out needs a check-in (NotCheckedIn otherwise). A second tap returns AlreadyCheckedOut.
//   * Duration = check-out minus check-in, in whole minutes. Instants are recorded to the minute
//     (seconds are dropped when the time is taken), so 09:58 -> 11:03 is exactly 65 minutes.
//   * Forgotten check-out. A volunteer may still check out up to kCheckOutGraceMinutes (60) after
//     the occurrence ends (tidying up counts). Past that, the check-in is closed AT THE END and
//     flagged auto_closed for staff (AutoClosedCheckouts). CloseForgottenCheckouts() does it; the
//     app runs it periodically, and TodaysDuties / CheckIn / CheckOut / VolunteerHours apply it
//     first, so what a volunteer sees is always settled.
//   * Every write (check-in, check-out, auto-close) is one transaction with one outbox operation
//     ('checkin' or 'checkout'; an auto-close is a 'checkout' with auto_closed true).
//
// `now` is Asia/Shanghai in whole minutes; the UI passes NowInShanghai(). Storage failures throw
// db::SqliteError: the UI says "系统故障，请联系工作人员"; nothing was recorded.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "kiosk/core/time/local_time.h"
#include "kiosk/core/storage/sqlite.h"

namespace kiosk {

inline constexpr int kCheckInOpensMinutesBefore = 60;
inline constexpr int kCheckOutGraceMinutes = 60;

// ---------------------------------------------------------------------------------------------
// Today's duties: the list the check-in screen shows after the volunteer is identified.

enum class DutyState {
  kTooEarly,    // "HH:MM 起可签到" (check_in_opens): no button
  kCanCheckIn,  // a big 签到 button -> CheckIn
  kCheckedIn,   // "已签到 HH:MM" and a 签退 button -> CheckOut
  kCheckedOut,  // "已签退，服务 X 小时 Y 分" (auto_closed: "未签退，已按结束时间计，待工作人员核对")
  kOver,        // "活动已结束" without a check-in: no button
  kCancelled,   // "活动已取消": no button
};

struct Duty {
  int64_t occurrence_id = 0;
  std::string title;
  std::string site;
  std::string venue;
  LocalDateTime start;
  LocalDateTime end;
  LocalDateTime check_in_opens;  // start - 60 min
  bool signed_up = false;        // signed up to serve (else: the event wants volunteers)
  DutyState state = DutyState::kTooEarly;
  std::optional<std::string> checkin_id;
  std::optional<LocalDateTime> checked_in_at;
  std::optional<LocalDateTime> checked_out_at;
  std::optional<int64_t> minutes;  // when checked out
  bool auto_closed = false;        // closed by the kiosk at the end: flagged for staff
};

// Occurrences that overlap today's date (of `now`) this volunteer serves, by start time.
// Applies CloseForgottenCheckouts first (so it may write).
std::vector<Duty> TodaysDuties(db::Database& db, int64_t volunteer_id, const LocalDateTime& now);

// ---------------------------------------------------------------------------------------------
// Check-in

struct CheckedIn {  // "签到成功 HH:MM"
  std::string checkin_id;
  LocalDateTime at;
};

struct AlreadyCheckedIn {  // a second tap: shown like success, "已签到 HH:MM"
  std::string checkin_id;
  LocalDateTime since;
};

struct AlreadyCheckedOut {  // "已签退，服务 X 小时 Y 分"
  std::string checkin_id;
  LocalDateTime checked_in_at;
  LocalDateTime checked_out_at;
  int64_t minutes = 0;
  bool auto_closed = false;
};

enum class CheckInRefusal {
  kUnknownVolunteer,     // no such active volunteer: back to identification
  kOccurrenceGone,       // "活动已不存在" (deleted by the last sync)
  kOccurrenceCancelled,  // "活动已取消"
  kNotOnDuty,            // not signed up to serve and the event wants no volunteers
  kTooEarly,             // "HH:MM 起可签到" — Duty::check_in_opens
  kOver,                 // "活动已结束"
};

struct CheckInRefused {
  CheckInRefusal reason;
};

using CheckInOutcome = std::variant<CheckedIn, AlreadyCheckedIn, AlreadyCheckedOut, CheckInRefused>;

CheckInOutcome CheckIn(db::Database& db, int64_t volunteer_id, int64_t occurrence_id,
                       const LocalDateTime& now);

// ---------------------------------------------------------------------------------------------
// Check-out

struct CheckedOut {  // "签退成功，本次服务 X 小时 Y 分"
  std::string checkin_id;
  LocalDateTime checked_in_at;
  LocalDateTime checked_out_at;
  int64_t minutes = 0;
};

enum class CheckOutRefusal {
  kUnknownVolunteer,  // no such active volunteer
  kNotCheckedIn,      // "尚未签到，请先签到 / please check in first"
};

struct CheckOutRefused {
  CheckOutRefusal reason;
};

// AlreadyCheckedOut: a second tap, or the kiosk auto-closed it (auto_closed: tell them staff will
// check the hours).
using CheckOutOutcome = std::variant<CheckedOut, AlreadyCheckedOut, CheckOutRefused>;

CheckOutOutcome CheckOut(db::Database& db, int64_t volunteer_id, int64_t occurrence_id,
                         const LocalDateTime& now);

// ---------------------------------------------------------------------------------------------
// Forgotten check-outs and hours

// Closes every check-in still open kCheckOutGraceMinutes after its occurrence ended, at the
// occurrence's end, flagged auto_closed, one 'checkout' operation each, in one transaction.
// Returns how many it closed. Cheap when there is nothing to close: the app may call it often.
int CloseForgottenCheckouts(db::Database& db, const LocalDateTime& now);

struct AutoClosedCheckout {  // one line in the staff list "未签退（待核对）"
  std::string checkin_id;
  int64_t volunteer_id = 0;
  std::string volunteer_name;  // staff screen (behind the PIN): the full name
  std::string volunteer_code;
  std::string title;
  LocalDateTime checked_in_at;
  LocalDateTime checked_out_at;
  int64_t minutes = 0;
};

// Auto-closed check-ins whose check-in is on or after `from`, newest first.
std::vector<AutoClosedCheckout> AutoClosedCheckouts(db::Database& db, const LocalDate& from);

struct ServiceMinutes {           // 我的时长: show as hours and minutes
  int64_t this_month = 0;         // check-ins (by check-in date) in the calendar month of `now`
  int64_t this_year = 0;          // ... in the calendar year of `now`
  int auto_closed_this_year = 0;  // how many of this year's were closed by the kiosk (待核对)
};

// Minutes served in completed (checked-out) check-ins made up to `now`. Applies
// CloseForgottenCheckouts first.
ServiceMinutes VolunteerHours(db::Database& db, int64_t volunteer_id, const LocalDateTime& now);

std::string_view RefusalName(CheckInRefusal reason);
std::string_view RefusalName(CheckOutRefusal reason);

}  // namespace kiosk
