// kiosk/core/booking/bookings.h — the rules for booking a room (the mediation room first),
// cancelling, arriving and releasing no-shows.
//
// Policy (what a resident experiences):
//   * Slots. A booking is one or more consecutive slots of the day's grid (room_schedule.h): it
//     starts and ends on slot boundaries, inside one opening interval of that weekday (not across
//     a lunch break or closing time), never on a closure date. 0 minutes or a reversed time is
//     refused; so is anything longer than the room's max_booking_minutes.
//   * When. Today and the next 13 days (BookingPolicy::horizon_days). A slot that has ended is
//     past; the slot in progress can still be booked.
//   * Never overlapping. Any overlap with a held booking of the room is refused (kTaken); touching
//     ends are fine. The schema refuses it too: a held booking owns one booking_slots row per slot,
//     unique per room and slot start (006_booking_slots.sql),
//     so two kiosk processes racing for one slot on one file cannot both win.
//   * Limit. A phone holds at most BookingPolicy::bookings_per_phone upcoming (not yet ended, held)
//     bookings per room (kiosk.toml bookings_per_phone, default 2).
//   * Same booking again. The same phone booking the same room at the same start (a double tap on
//     confirm) gets its booking back (AlreadyBooked) and nothing is written.
//   * Arrive. 我已到达 from arrive_early_minutes before the start until start + grace_minutes
//     (kiosk.toml booking_grace_minutes, default 15), by phone or by the booking's code.
//   * No-show. Without an arrival by start + grace the booking is released: its time is free on
//     every screen at once (room_schedule.h), the row is kept as 'no_show' for staff, and a
//     'release_no_show' operation is written by the next booking of the room or ReleaseNoShows().
//   * Cancel. Until the booking starts; its time is free at once.
//   * Every write is one transaction of typed operations (booking_operations.h), each applied and
//     appended to the outbox. A refusal writes nothing of its own (no-shows that were due are
//     still released).
//
// Typical UI flow: BookableRooms() + RoomStatusAt() -> LoadRoomSchedule() + SlotGrid() for 14
// days -> the keypad; IsValidMainlandMobile() -> the matter buttons -> confirm -> Book(); on
// kTaken say so and reload the grid. 我的报名与预约 lists BookingsForPhone() and cancels with
// CancelBooking().
//
// All functions take `now` (Asia/Shanghai, whole minutes); `hash_key` is the phone-hash key.
// They throw db::SqliteError only for storage failures (系统故障，请联系工作人员).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "kiosk/core/booking/booking_operations.h"
#include "kiosk/core/booking/room_schedule.h"
#include "kiosk/core/storage/sqlite.h"
#include "kiosk/core/time/local_time.h"

namespace kiosk {

// ---------------------------------------------------------------------------------------------
// Book

struct BookingRequest {
  int64_t room_id = 0;
  LocalDateTime start, end;
  std::string phone;  // digits as typed (validated here)
  std::optional<BookingMatter> matter;
};

// The time is held. The UI shows the room, the time, the code and a QR code, and what to bring.
struct BookingConfirmed {
  std::string booking_id;
  std::string confirmation_code;
};

// This phone already booked this room at this start (a double tap): nothing was written; the UI
// shows it like a success.
struct AlreadyBooked {
  std::string booking_id;
  std::string confirmation_code;
};

enum class BookingRefusal {
  kInvalidPhone,   // "手机号码有误" — back to the keypad
  kUnknownRoom,    // "该房间不存在或不可预约" — back to the room list
  kBadLength,      // 0 minutes or reversed: "请选择预约时段" — back to the grid
  kTooLong,        // "超过该房间最长预约时间" — back to the grid
  kNotOnSlot,      // not on the day's slot boundaries — back to the grid
  kOutsideHours,   // across closing time, a lunch break or a closed weekday: "该时段不开放"
  kClosedDay,      // a closure date: "当天不开放"
  kPast,           // "该时段已过"
  kBeyondHorizon,  // "只能预约 14 天内"
  kTaken,          // "该时段刚被预约，请另选时段" — reload the grid
  kLimitReached,   // "您在该房间已有 2 个预约" — cancel one first (我的报名与预约)
};

struct BookingRefused {
  BookingRefusal reason;
};

using BookingOutcome = std::variant<BookingConfirmed, AlreadyBooked, BookingRefused>;

// Checks in this order: phone, room, length, horizon and past, (in the transaction: releases the
// room's no-shows) same booking again, closure, hours and slot boundaries, taken, limit.
BookingOutcome Book(db::Database& db, const BookingRequest& request, const LocalDateTime& now,
                    std::string_view hash_key, const BookingPolicy& policy);

// ---------------------------------------------------------------------------------------------
// Cancel

struct BookingCancelled {
  std::string booking_id;
};

enum class BookingCancelRefusal {
  kNotFound,          // "未找到预约记录"
  kAlreadyCancelled,  // a second tap: shown like success
  kStarted,           // "预约已开始，无法取消"
  kNotConfirmed,      // released as a no-show, or lost to a conflict at the office
};

struct BookingCancelRefused {
  BookingCancelRefusal reason;
};

using BookingCancelOutcome = std::variant<BookingCancelled, BookingCancelRefused>;

BookingCancelOutcome CancelBooking(db::Database& db, std::string_view booking_id, const LocalDateTime& now);

// ---------------------------------------------------------------------------------------------
// Arrive

struct Arrived {
  std::string booking_id;
  bool already = false;  // a second 我已到达: nothing written
};

enum class ArriveRefusal {
  kInvalidPhone,  // "手机号码有误"
  kNotFound,      // "未找到您现在的预约" (none, or released as a no-show)
  kTooEarly,      // "请在预约开始前 30 分钟内到达登记" — the booking is later today
};

struct ArriveRefused {
  ArriveRefusal reason;
};

using ArriveOutcome = std::variant<Arrived, ArriveRefused>;

// The phone's booking (any room) whose arrive window holds `now`.
ArriveOutcome ArriveByPhone(db::Database& db, std::string_view phone, const LocalDateTime& now,
                            std::string_view hash_key, const BookingPolicy& policy);
// The booking with this confirmation code (scanned from its QR code), if its window holds `now`.
ArriveOutcome ArriveByCode(db::Database& db, std::string_view code, const LocalDateTime& now,
                           const BookingPolicy& policy);

// ---------------------------------------------------------------------------------------------
// No-shows

// Writes a 'release_no_show' for every confirmed booking (of `room_id`, or every room) with no
// arrival by start + grace at `now`, in one transaction. Returns the released booking ids.
std::vector<std::string> ReleaseNoShows(db::Database& db, const LocalDateTime& now,
                                        const BookingPolicy& policy,
                                        std::optional<int64_t> room_id = std::nullopt);

// ---------------------------------------------------------------------------------------------
// Mine

// A resident's upcoming booking, for 我的报名与预约 (shown to the resident who typed the phone:
// room, day, time and code — never the matter).
struct MyBooking {
  std::string booking_id;
  RoomFacts room;
  LocalDateTime start, end;
  std::string confirmation_code;
  bool arrived = false;
  bool conflict = false;    // lost at the office merge: another kiosk booked the time first
  bool can_cancel = false;  // held and not started: 取消预约
  bool can_arrive = false;  // held, not arrived, and `now` is in its arrive window: 我已到达
};

// The phone's held bookings that have not ended, and those lost at the office merge ('conflict')
// that have not ended, by start.
std::vector<MyBooking> BookingsForPhone(db::Database& db, std::string_view phone, const LocalDateTime& now,
                                        std::string_view hash_key, const BookingPolicy& policy);

// The number a resident whose sign-up or booking was lost at the office merge may call: meta
// 'centre_phone' when the data has one, else "" (the screen then says to ask the staff).
std::string CentrePhone(db::Database& db);

// For logs and test messages: "kTaken" etc.
std::string_view RefusalName(BookingRefusal reason);

}  // namespace kiosk
