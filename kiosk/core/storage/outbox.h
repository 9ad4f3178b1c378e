// kiosk/core/storage/outbox.h — the operations a kiosk owes the office. Every local write (sign-up,
// cancel, promotion, check-in, check-out, booking, cancelled booking) appends exactly one
// operation here IN THE SAME TRANSACTION as the write, so a row and its operation are recorded
// together or not at all. The nightly sync sends the operations the office has not acknowledged.
//
// Operation ids come from NextRecordId() ("<kiosk-id>-<seq>"), so they are globally unique.
// Payloads are JSON objects; they never hold a clear phone number (only phone_hash + phone_last4).
// Payload fields by kind (all times 'YYYY-MM-DDTHH:MM' Asia/Shanghai):
//   signup         signup_id, occurrence_id, event_uid, recurrence_id, role ('resident'|'volunteer'),
//                  volunteer_id (or null), phone_hash, phone_last4, display_name (or null),
//                  status ('confirmed'|'waitlisted'), waitlist_position (or null),
//                  confirmation_code, created_at
//   cancel_signup  signup_id, occurrence_id, event_uid, recurrence_id, previous_status, cancelled_at
//   promote        signup_id, occurrence_id, event_uid, recurrence_id, promoted_at,
//                  freed_by (the signup_id whose cancel freed the seat, or null)
//   checkin        checkin_id, volunteer_id, occurrence_id, event_uid, recurrence_id, checked_in_at
//   checkout       checkin_id, volunteer_id, occurrence_id, checked_in_at, checked_out_at, minutes,
//                  auto_closed (true when the kiosk closed a forgotten check-out at the activity's end)
//   book, cancel_booking   defined by the room-booking rules
// Waitlist positions are not sent on their own: the office re-derives them from the order of
// the operations (a cancel renumbers the waitlist behind it).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "kiosk/core/time/local_time.h"
#include "kiosk/core/storage/sqlite.h"

namespace kiosk {

enum class OutboxKind { kSignup, kCancelSignup, kPromote, kCheckin, kCheckout, kBook, kCancelBooking };

// The outbox.kind text: "signup", "cancel_signup", ...
std::string_view OutboxKindName(OutboxKind kind);

// Builds one flat JSON object with correctly escaped strings (names may hold quotes).
class JsonObject {
 public:
  JsonObject& AddText(std::string_view key, std::string_view value);
  JsonObject& AddOptionalText(std::string_view key, const std::optional<std::string>& value);
  JsonObject& AddInt(std::string_view key, int64_t value);
  JsonObject& AddOptionalInt(std::string_view key, const std::optional<int64_t>& value);
  JsonObject& AddBool(std::string_view key, bool value);
  JsonObject& AddNull(std::string_view key);
  std::string str() const { return body_ + "}"; }

 private:
  void Key(std::string_view key);
  std::string body_ = "{";
};

// Appends one operation and returns its op id. Call it inside the transaction of the write it
// describes (db::Transaction); it does not open one itself.
std::string AppendOutboxOperation(db::Database& db, OutboxKind kind, const JsonObject& payload,
                                  const LocalDateTime& now);

}  // namespace kiosk
