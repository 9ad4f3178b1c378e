// kiosk/core/booking/room_schedule.h — what a room's days look like: its opening hours per
// weekday, its closures, the times its bookings hold, and from those, as plain functions, the slot
// grid of a day (free / taken / closed / past) and the room's status now in words.
//
// Implements:
//   BookingPolicy      the kiosk.toml numbers the rules use (grace, per-phone limit) + the horizon
//   RoomFacts          one room's reference data (LoadRoomFacts, BookableRooms)
//   RoomSchedule       hours, closures and held times of one room over some days (LoadRoomSchedule)
//   SlotGrid           the slots of one day, each free / taken / closed / past — never a name
//   RoomStatusAt       空闲 / 使用中，至 15:00 / 今日已约满 / 今日不开放 / 今日已结束
//
// Slots. A day's grid runs from the earliest opening to the latest closing of that weekday (the
// room's rooms.open_time-close_time when the weekday has no hours, or the room has none at all)
// in steps of slot_minutes from that start; a slot that is not wholly inside an opening interval
// (a lunch break, a closed weekday, a closure date) is closed. A slot is past once it has ended:
// the slot in progress can still be booked.
//
// Held. A confirmed booking holds its time until it is released: when it has no arrival by
// start + grace_minutes it counts as a no-show, so its time is free on every screen at once, even
// before the 'release_no_show' operation is written (bookings.h writes it at the next booking).
// The schedule holds only times — no phone, name or matter ever reaches a screen through it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/core/storage/sqlite.h"
#include "kiosk/core/time/local_time.h"

namespace kiosk {

struct BookingPolicy {
  int grace_minutes = 15;         // kiosk.toml booking_grace_minutes: no arrival by start + this = no-show
  int bookings_per_phone = 2;     // kiosk.toml bookings_per_phone: upcoming bookings per phone per room
  int horizon_days = 14;          // today and the next 13 days
  int arrive_early_minutes = 30;  // 我已到达 is accepted from this long before the start
};

struct RoomFacts {
  int64_t id = 0;
  std::string code;
  std::string site_code;
  std::string site_name_zh, site_name_en;
  std::string name_zh, name_en;
  std::string kind;  // mediation | meeting | activity | youth | other
  int slot_minutes = 30;
  int max_booking_minutes = 120;
  bool bookable = false;
};

std::optional<RoomFacts> LoadRoomFacts(db::Database& db, int64_t room_id);
// Bookable rooms, this kiosk's site (`site_code`, "" = none) first, then by site and room order.
std::vector<RoomFacts> BookableRooms(db::Database& db, std::string_view site_code);

struct MinuteSpan {  // minutes since midnight, [begin, end)
  int begin = 0, end = 0;
  bool operator==(const MinuteSpan&) const = default;
};

struct HeldTime {  // a confirmed, not released booking: a time only
  LocalDateTime start, end;
};

struct Closure {
  LocalDate date;
  std::string reason_zh, reason_en;  // may be empty
};

struct RoomSchedule {
  RoomFacts room;
  MinuteSpan base_hours;                     // rooms.open_time - close_time
  bool has_weekday_hours = false;            // room_hours has rows for this room
  std::vector<MinuteSpan> weekday_hours[7];  // 0 = Sunday
  std::vector<Closure> closures;             // within the loaded days
  std::vector<HeldTime> held;                // within the loaded days, by start
  LocalDate first_day;
  int days = 0;
};

// The room's schedule for `days` days from `first_day`, as it stands at `now`.
std::optional<RoomSchedule> LoadRoomSchedule(db::Database& db, int64_t room_id, const LocalDate& first_day,
                                             int days, const LocalDateTime& now, const BookingPolicy& policy);

enum class SlotState {
  kFree,    // 可预约
  kTaken,   // 已预约 — nothing else about who or why
  kClosed,  // 不开放
  kPast,    // 已过
};

struct Slot {
  LocalDateTime start, end;
  SlotState state = SlotState::kFree;
};

struct DayGrid {
  LocalDate date;
  bool open = false;               // the room opens at all that day (else 不开放)
  std::optional<Closure> closure;  // the closure that shuts it, if any (its reason is public)
  std::vector<Slot> slots;
  bool AnyFree() const;
};

// The slots of `date` (which must lie in the schedule's days for taken slots to show).
DayGrid SlotGrid(const RoomSchedule& schedule, const LocalDate& date, const LocalDateTime& now);

enum class RoomNow {
  kFree,         // 空闲 (next_start: the next booking today, if any)
  kInUse,        // 使用中，至 15:00 (until)
  kFullToday,    // 今日已约满: nothing free left today
  kClosedToday,  // 今日不开放
  kOverToday,    // 今日已结束: past closing time
};

struct RoomStatus {
  RoomNow now = RoomNow::kClosedToday;
  std::optional<LocalDateTime> until;       // kInUse: the end of the booked run
  std::optional<LocalDateTime> next_start;  // kFree: the next held time today
};

// The schedule must hold today (now.date).
RoomStatus RoomStatusAt(const RoomSchedule& schedule, const LocalDateTime& now);

// A bookable room and its status now: the room list, the home screen and the room panel.
struct RoomNowRow {
  RoomFacts room;
  RoomStatus status;
};
// BookableRooms(site_code) with each one's status at `now`; `only_this_site`: the rooms of
// `site_code` alone (none when it is "").
std::vector<RoomNowRow> RoomsNow(db::Database& db, std::string_view site_code, const LocalDateTime& now,
                                 const BookingPolicy& policy, bool only_this_site = false);

// The bookable room `which` names (kiosk --room-panel ROOM): its id, its code, or its name in
// either language ("调解室"; with several of that name, the one of `site_code` first). "" names the
// first bookable room of `site_code`'s list. None: no such bookable room.
std::optional<RoomFacts> FindBookableRoom(db::Database& db, std::string_view which,
                                          std::string_view site_code);

}  // namespace kiosk
