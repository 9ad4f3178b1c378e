// kiosk/core/signup/signups.h — the rules for signing up for an activity occurrence and cancelling.
//
// Policy (what a resident experiences):
//   * Window. Sign-up opens at events.signup_opens (none: already open) and closes at
//     events.signup_closes (none: when the occurrence starts). Opening is inclusive, closing is
//     exclusive: at 09:00 a window "09:00-18:00" is open, at 18:00 it is closed.
//   * Seats (seats.h, the one definition every list also shows): capacity counts confirmed
//     RESIDENTS only (events.capacity; none = no limit); seats left = capacity - confirmed -
//     people waiting. Volunteers who sign up to serve never take a seat and are never waitlisted.
//   * Full. When no seat is left the resident is offered the waitlist: the UI shows
//     CheckAvailability() (seats.NextWaitlistPosition()) and asks; SignUp() with accept_waitlist=true
//     then puts them on it. The waitlist has no limit and is first come, first served.
//   * Same person, same occurrence. A phone number has at most one live (confirmed or waitlisted)
//     sign-up per occurrence. Signing up again — a double tap, or a second visit — returns that
//     sign-up (AlreadySignedUp) and writes nothing.
//   * Cancelling frees the seat at once: the first on the waitlist is promoted to confirmed in the
//     same transaction, also on the day itself, until the occurrence ends. The waitlist behind is
//     renumbered 1..n. If seats are free while people wait (the office raised the capacity), the
//     import promotes them at once (waitlist.h), and any sign-up or cancel on that occurrence
//     first fills such seats from the waitlist, in order.
//   * Capacity is never exceeded locally. (Two kiosks may each sell the last seat offline; the
//     office decides that conflict and the loser shows as status 'conflict'.)
//   * Every write is one transaction of typed operations (signup_operations.h), each applied and
//     appended to the outbox: a sign-up is one 'signup' (after a 'promote' for anyone its fill
//     promoted); a cancel is one 'cancel_signup' plus one 'promote' per person it promoted. A
//     refusal writes nothing at all.
//
// Typical UI flow: CheckAvailability() on the detail screen (seats left / 已满 / 未开放 / 已截止)
// -> keypad; IsValidMainlandMobile() before moving on -> PreviousName() (my_signups.h) for
// "张*军，是您吗？", else the optional name -> confirm screen -> SignUp(); on kFull ask "加入候补？
// 您将排在第N位" (CheckAvailability().seats.NextWaitlistPosition()) and call SignUp() again with
// accept_waitlist = true. 我的报名 lists SignUpsForPhone() and cancels with CancelSignUp().
//
// All functions take `now` (Asia/Shanghai, whole minutes) so the rules are testable; the UI passes
// NowInShanghai(). `hash_key` is the kiosk's phone-hash key (kDemoPhoneHashKey for the demo).
// They throw db::SqliteError only for storage failures (disk full, corrupt file): the UI then
// says "系统故障，请联系工作人员" and nothing was recorded.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "kiosk/core/calendar/seats.h"
#include "kiosk/core/signup/signup_operations.h"
#include "kiosk/core/storage/sqlite.h"
#include "kiosk/core/time/local_time.h"

namespace kiosk {

// ---------------------------------------------------------------------------------------------
// Availability: what the detail and sign-up screens show before anyone commits.

enum class SignUpWindow {
  kOpen,        // sign-up possible now
  kNotOpenYet,  // "未开放 / not open yet" — show opens_at ("报名将于 11月3日 09:00 开始")
  kClosed,      // "已截止 / sign-up closed" — the occurrence has not ended yet
  kOver,        // "活动已结束 / activity is over"
  kCancelled,   // "活动已取消 / activity cancelled" (the occurrence or the whole event)
  kGone,  // "活动已不存在 / activity no longer exists" (unknown id, e.g. deleted by the last sync):
          //   the UI should go back to the list, which no longer shows it
};

struct Availability {
  SignUpWindow window = SignUpWindow::kGone;
  Seats seats;  // seats.Left(): "余N位"; seats.Full(): "已满", offer the waitlist at NextWaitlistPosition()
  std::optional<LocalDateTime> opens_at;   // set when the window is kNotOpenYet
  std::optional<LocalDateTime> closes_at;  // when sign-up closes (set unless kGone)
};

Availability CheckAvailability(db::Database& db, int64_t occurrence_id, const LocalDateTime& now);

// ---------------------------------------------------------------------------------------------
// SignUp

struct SignUpRequest {
  int64_t occurrence_id = 0;
  std::string phone;                        // digits as typed (validated here)
  std::optional<std::string> display_name;  // optional; cleaned by CheckDisplayName
  SignUpRole role = SignUpRole::kResident;
  bool accept_waitlist = false;  // the resident agreed to wait if no seat is left
};

// A seat is held. The UI shows the code (and a QR code of it) and returns home after 15 s.
struct SignUpConfirmed {
  std::string signup_id;
  std::string confirmation_code;  // 6 characters, e.g. "K7MQ3X"
};

// On the waitlist at `position` (1 = next to get a seat). The UI says "您在候补第N位".
struct SignUpWaitlisted {
  std::string signup_id;
  std::string confirmation_code;
  int position = 1;
};

// This phone already holds a live sign-up for the occurrence (double tap, or a second visit).
// Nothing was written. The UI shows it like a success: "您已报名" with its code, or the place on
// the waitlist.
struct AlreadySignedUp {
  std::string signup_id;
  LiveStatus status = LiveStatus::kConfirmed;
  std::optional<int> waitlist_position;          // when waitlisted
  std::optional<std::string> confirmation_code;  // none for rows not made at a kiosk
};

enum class SignUpRefusal {
  kInvalidPhone,    // "手机号码有误 / not a valid mobile number" — back to the keypad
  kInvalidName,     // "姓名无法使用 / name too long or has invalid characters" — back to the name
  kNotAVolunteer,   // role volunteer but the phone is not an active roster volunteer
  kOccurrenceGone,  // see SignUpWindow::kGone
  kOccurrenceCancelled,  // "活动已取消"
  kNotOpenYet,           // "未开放" — CheckAvailability().opens_at says when
  kClosed,               // "已截止"
  kOccurrenceOver,       // "活动已结束"
  kFull,                 // "已满": no seat left and accept_waitlist was false — ask, then call again
                         //   with accept_waitlist=true
};

struct SignUpRefused {
  SignUpRefusal reason;
};

using SignUpOutcome = std::variant<SignUpConfirmed, SignUpWaitlisted, AlreadySignedUp, SignUpRefused>;

// Checks in this order: phone, name, occurrence exists, cancelled, already signed up, over,
// window, volunteer role, seats. Only a Confirmed or Waitlisted outcome wrote anything.
SignUpOutcome SignUp(db::Database& db, const SignUpRequest& request, const LocalDateTime& now,
                     std::string_view hash_key);

// ---------------------------------------------------------------------------------------------
// Cancel

// Cancelled. `promoted` lists the sign-ups moved from the waitlist to confirmed (usually none or
// one). The UI says "已取消报名"; the promoted residents learn it from 我的报名.
struct SignUpCancelled {
  std::string signup_id;
  std::vector<std::string> promoted;
};

enum class CancelRefusal {
  kInvalidPhone,      // CancelSignUpForPhone only
  kNotFound,          // no such sign-up (or not this phone's): "未找到报名记录"
  kAlreadyCancelled,  // a second tap: the UI shows it like success, "已取消报名"
  kConflict,          // the office already gave the seat to someone else: nothing to cancel
  kOccurrenceOver,    // "活动已结束，无法取消"
};

struct CancelRefused {
  CancelRefusal reason;
};

using CancelOutcome = std::variant<SignUpCancelled, CancelRefused>;

// Cancels one sign-up by id (from SignUpsForPhone). Allowed until the occurrence ends, also
// when the occurrence was cancelled (then nobody is promoted).
CancelOutcome CancelSignUp(db::Database& db, std::string_view signup_id, const LocalDateTime& now);
// Cancels this phone's live sign-up for the occurrence (kNotFound if it has none).
CancelOutcome CancelSignUpForPhone(db::Database& db, int64_t occurrence_id, std::string_view phone,
                                   const LocalDateTime& now, std::string_view hash_key);

// For logs and test messages: "kFull" etc.
std::string_view RefusalName(SignUpRefusal reason);
std::string_view RefusalName(CancelRefusal reason);

}  // namespace kiosk
