// kiosk/core/signup/signup_operations.h — the sign-up operations as typed values: 'signup',
// 'cancel_signup' and 'promote'. Each is one struct with one JSON round trip (ToJson / FromJson,
// lossless) and one Apply() that enforces its rule and writes the row(s). A kiosk write
// (signups.h) validates what only the kiosk can (the phone as typed, the `now` windows), builds
// the operation, applies it and appends it to the outbox in one transaction; the office merge
// applies the very same operations in op order, so the kiosk and the office cannot disagree.
//
// Every Apply is safe to replay: a second Apply of the same record id changes nothing
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

enum class SignUpRole { kResident, kVolunteer };
enum class LiveStatus { kConfirmed, kWaitlisted };

// ---------------------------------------------------------------------------------------------
// 'signup' — a resident or volunteer signed up.
// Payload: signup_id, occurrence_id, event_uid, recurrence_id, role ('resident'|'volunteer'),
//   volunteer_id (or null), phone_hash, phone_last4, display_name (or null),
//   status ('confirmed'|'waitlisted'), waitlist_position (or null), confirmation_code, created_at
// Apply: replay when the sign-up id exists; rejected when the occurrence does not. Conflict,
//   stored with status 'conflict': the phone already holds
//   another live sign-up for the occurrence, or a confirmed RESIDENT arrives when seats.h says
//   Full (capacity - confirmed - waiting = 0). A waitlisted one always keeps a place, at the end
//   of the waitlist (waitlist_position is re-derived, the payload's is what the kiosk showed).
//   Volunteers take no seat and are never refused for capacity.
struct SignUpOp {
  static constexpr std::string_view kKind = "signup";
  std::string signup_id;
  int64_t occurrence_id = 0;
  std::string event_uid;
  std::string recurrence_id;
  SignUpRole role = SignUpRole::kResident;
  std::optional<int64_t> volunteer_id;
  std::string phone_hash;
  std::string phone_last4;
  std::optional<std::string> display_name;
  LiveStatus status = LiveStatus::kConfirmed;
  std::optional<int64_t> waitlist_position;
  std::string confirmation_code;
  LocalDateTime created_at;
  bool operator==(const SignUpOp&) const = default;
};

// ---------------------------------------------------------------------------------------------
// 'cancel_signup' — a live sign-up was cancelled. Nobody is promoted by it: each promotion that
// follows is its own 'promote' operation.
// Payload: signup_id, occurrence_id, event_uid, recurrence_id (both null when the occurrence was
//   already gone), previous_status ('confirmed'|'waitlisted'), cancelled_at
// Apply: rejected when the sign-up does not exist; replay when already cancelled; conflict
//   (nothing written) when it is a 'conflict' row. Otherwise cancelled, and the waitlist behind
//   it renumbered 1..n.
struct CancelSignUpOp {
  static constexpr std::string_view kKind = "cancel_signup";
  std::string signup_id;
  int64_t occurrence_id = 0;
  std::optional<std::string> event_uid;
  std::optional<std::string> recurrence_id;
  LiveStatus previous_status = LiveStatus::kConfirmed;
  LocalDateTime cancelled_at;
  bool operator==(const CancelSignUpOp&) const = default;
};

// ---------------------------------------------------------------------------------------------
// 'promote' — a waitlisted resident was given a freed (or newly added) seat.
// Payload: signup_id, occurrence_id, event_uid, recurrence_id, promoted_at,
//   freed_by (the signup_id whose cancel freed the seat, or null: the capacity was raised)
// Apply: rejected when the sign-up does not exist; replay when already confirmed; conflict
//   (nothing written) when it is no longer waitlisted, or when seats.h has no seat for the
//   waitlist (capacity - confirmed = 0): it stays waitlisted. Otherwise confirmed and the
//   waitlist renumbered.
struct PromoteOp {
  static constexpr std::string_view kKind = "promote";
  std::string signup_id;
  int64_t occurrence_id = 0;
  std::string event_uid;
  std::string recurrence_id;
  LocalDateTime promoted_at;
  std::optional<std::string> freed_by;
  bool operator==(const PromoteOp&) const = default;
};

std::string ToJson(const SignUpOp& op);
std::string ToJson(const CancelSignUpOp& op);
std::string ToJson(const PromoteOp& op);

// Reads a payload written by ToJson; throws MalformedOperation naming `op_id` and the field.
void FromJson(std::string_view op_id, std::string_view payload, SignUpOp& op);
void FromJson(std::string_view op_id, std::string_view payload, CancelSignUpOp& op);
void FromJson(std::string_view op_id, std::string_view payload, PromoteOp& op);

ApplyResult Apply(db::Database& db, const SignUpOp& op);
ApplyResult Apply(db::Database& db, const CancelSignUpOp& op);
ApplyResult Apply(db::Database& db, const PromoteOp& op);

}  // namespace kiosk
