// kiosk/core/booking/booking_operations.h — the room-booking operations as typed values: 'book',
// 'cancel_booking', 'arrive' and 'release_no_show'. Each is one struct with one JSON round trip
// (ToJson / FromJson, lossless) and one Apply() that enforces its rule and writes the row. A kiosk
// write (bookings.h) validates what only the kiosk can (the phone as typed, opening hours, the
// `now` windows, the per-phone limit), builds the operation, applies it and appends it to the
// outbox in one transaction; the office merge applies the very same operations in op order.
//
// Every Apply is safe to replay: a second Apply of the same booking changes nothing
// (ApplyResult::kReplayed). Apply runs inside the caller's transaction and throws db::SqliteError
// only for storage failures.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "kiosk/core/storage/outbox.h"
#include "kiosk/core/storage/sqlite.h"
#include "kiosk/core/time/local_time.h"

namespace kiosk {

// What a booking is about: chosen on big buttons, stored for the mediators, never displayed.
enum class BookingMatter { kFamily, kNeighbour, kProperty, kLabour, kOther };
std::string_view MatterCode(BookingMatter matter);  // "family", "neighbour", ... (bookings.matter)

// ---------------------------------------------------------------------------------------------
// 'book' — a resident booked a room from start_at to end_at.
// Payload: booking_id, room_id, room_code, start_at, end_at, phone_hash, phone_last4,
//   matter ('family'|'neighbour'|'property'|'labour'|'other' or null), confirmation_code, created_at
// Apply: replay when the booking id exists; rejected when the room does not. Conflict, stored with
//   status 'conflict' (holding nothing): the time overlaps a confirmed booking of the room.
//   Otherwise stored 'confirmed' with one booking_slots row per slot it holds (006_booking_slots.sql:
//   the schema refuses a second holder of any slot). Cancel and release delete those rows.
struct BookOp {
  static constexpr std::string_view kKind = "book";
  std::string booking_id;
  int64_t room_id = 0;
  std::string room_code;
  LocalDateTime start_at;
  LocalDateTime end_at;
  std::string phone_hash;
  std::string phone_last4;
  std::optional<BookingMatter> matter;
  std::string confirmation_code;
  LocalDateTime created_at;
  bool operator==(const BookOp&) const = default;
};

// ---------------------------------------------------------------------------------------------
// 'cancel_booking' — the resident cancelled a confirmed booking; its time is free at once.
// Payload: booking_id, room_id, start_at, cancelled_at
// Apply: rejected when the booking does not exist; replay when already cancelled; conflict
//   (nothing written) when it is 'conflict' or 'no_show'. Otherwise cancelled.
struct CancelBookingOp {
  static constexpr std::string_view kKind = "cancel_booking";
  std::string booking_id;
  int64_t room_id = 0;
  LocalDateTime start_at;
  LocalDateTime cancelled_at;
  bool operator==(const CancelBookingOp&) const = default;
};

// ---------------------------------------------------------------------------------------------
// 'arrive' — the resident said 我已到达 for a confirmed booking.
// Payload: booking_id, arrived_at
// Apply: rejected when the booking does not exist; replay when it already has an arrival;
//   conflict (nothing written) when it is no longer confirmed (cancelled, released, conflict).
struct ArriveOp {
  static constexpr std::string_view kKind = "arrive";
  std::string booking_id;
  LocalDateTime arrived_at;
  bool operator==(const ArriveOp&) const = default;
};

// ---------------------------------------------------------------------------------------------
// 'release_no_show' — nobody arrived within the grace period: the booking becomes 'no_show' (kept
// for staff) and its time is free again.
// Payload: booking_id, released_at
// Apply: rejected when the booking does not exist; replay when already 'no_show'; conflict
//   (nothing written) when it has an arrival or is not confirmed.
struct ReleaseNoShowOp {
  static constexpr std::string_view kKind = "release_no_show";
  std::string booking_id;
  LocalDateTime released_at;
  bool operator==(const ReleaseNoShowOp&) const = default;
};

std::string ToJson(const BookOp& op);
std::string ToJson(const CancelBookingOp& op);
std::string ToJson(const ArriveOp& op);
std::string ToJson(const ReleaseNoShowOp& op);

// Reads a payload written by ToJson; throws MalformedOperation naming `op_id` and the field.
void FromJson(std::string_view op_id, std::string_view payload, BookOp& op);
void FromJson(std::string_view op_id, std::string_view payload, CancelBookingOp& op);
void FromJson(std::string_view op_id, std::string_view payload, ArriveOp& op);
void FromJson(std::string_view op_id, std::string_view payload, ReleaseNoShowOp& op);

ApplyResult Apply(db::Database& db, const BookOp& op);
ApplyResult Apply(db::Database& db, const CancelBookingOp& op);
ApplyResult Apply(db::Database& db, const ArriveOp& op);
ApplyResult Apply(db::Database& db, const ReleaseNoShowOp& op);

}  // namespace kiosk
