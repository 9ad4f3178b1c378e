// kiosk/core/booking/room_schedule.cpp — loading a room's hours, closures and held times, and the
// slot grid and status-now computed from them (rules in room_schedule.h).
//
// [SECTION] Loading
// [SECTION] Slot grid
// [SECTION] Status now
#include "kiosk/core/booking/room_schedule.h"

#include <algorithm>

#include "kiosk/core/time/minute_time.h"

namespace kiosk {

namespace {

// "09:30" -> 570 (the schema's CHECKs guarantee the shape).
int MinutesOfDay(std::string_view hh_mm) {
  return ((hh_mm[0] - '0') * 10 + (hh_mm[1] - '0')) * 60 + (hh_mm[3] - '0') * 10 + (hh_mm[4] - '0');
}

LocalDateTime AtMinute(const LocalDate& date, int minute_of_day) {
  return AddMinutes(LocalDateTime{date, 0, 0}, minute_of_day);
}

LocalDateTime ReadTime(const db::Statement& row, int column) {
  return LocalDateTime::ParseIso(row.ColumnText(column)).value_or(LocalDateTime{});
}

constexpr std::string_view kRoomColumns =
    "SELECT r.id, r.code, s.code, s.name_zh, s.name_en, r.name_zh, r.name_en, r.kind, r.slot_minutes, "
    "r.max_booking_minutes, r.bookable, r.open_time, r.close_time FROM rooms r JOIN sites s ON s.id = "
    "r.site_id ";

RoomFacts ReadRoom(const db::Statement& row) {
  RoomFacts room;
  room.id = row.ColumnInt(0);
  room.code = row.ColumnText(1);
  room.site_code = row.ColumnText(2);
  room.site_name_zh = row.ColumnText(3);
  room.site_name_en = row.ColumnText(4);
  room.name_zh = row.ColumnText(5);
  room.name_en = row.ColumnText(6);
  room.kind = row.ColumnText(7);
  room.slot_minutes = static_cast<int>(row.ColumnInt(8));
  room.max_booking_minutes = static_cast<int>(row.ColumnInt(9));
  room.bookable = row.ColumnInt(10) != 0;
  return room;
}

// The opening intervals of `date`, ascending; empty = closed that day.
std::vector<MinuteSpan> OpeningIntervals(const RoomSchedule& schedule, const LocalDate& date) {
  if (!schedule.has_weekday_hours) return {schedule.base_hours};
  return schedule.weekday_hours[date.Weekday()];
}

const Closure* ClosureOn(const RoomSchedule& schedule, const LocalDate& date) {
  for (const Closure& closure : schedule.closures) {
    if (closure.date == date) return &closure;
  }
  return nullptr;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Loading
//-----------------------------------------------------------------------------

std::optional<RoomFacts> LoadRoomFacts(db::Database& db, int64_t room_id) {
  db::Statement query(db, std::string(kRoomColumns) + "WHERE r.id = ?1");
  query.Bind(1, room_id);
  if (!query.Step()) return std::nullopt;
  return ReadRoom(query);
}

std::vector<RoomFacts> BookableRooms(db::Database& db, std::string_view site_code) {
  db::Statement query(db, std::string(kRoomColumns) +
                              "WHERE r.bookable = 1 ORDER BY s.code <> ?1, s.id, "
                              "r.kind <> 'mediation', r.id");
  query.Bind(1, site_code);
  std::vector<RoomFacts> rooms;
  while (query.Step()) rooms.push_back(ReadRoom(query));
  return rooms;
}

std::vector<RoomNowRow> RoomsNow(db::Database& db, std::string_view site_code, const LocalDateTime& now,
                                 const BookingPolicy& policy, bool only_this_site) {
  std::vector<RoomNowRow> rows;
  for (RoomFacts& room : BookableRooms(db, site_code)) {
    if (only_this_site && (site_code.empty() || room.site_code != site_code)) continue;
    RoomNowRow row{std::move(room), {}};
    if (const auto today = LoadRoomSchedule(db, row.room.id, now.date, 1, now, policy))
      row.status = RoomStatusAt(*today, now);
    rows.push_back(std::move(row));
  }
  return rows;
}

std::optional<RoomFacts> FindBookableRoom(db::Database& db, std::string_view which,
                                          std::string_view site_code) {
  for (RoomFacts& room : BookableRooms(db, site_code)) {  // this site's first
    if (which.empty() || std::to_string(room.id) == which || room.code == which || room.name_zh == which ||
        room.name_en == which)
      return std::move(room);
  }
  return std::nullopt;
}

std::optional<RoomSchedule> LoadRoomSchedule(db::Database& db, int64_t room_id, const LocalDate& first_day,
                                             int days, const LocalDateTime& now,
                                             const BookingPolicy& policy) {
  db::Statement room(db, std::string(kRoomColumns) + "WHERE r.id = ?1");
  room.Bind(1, room_id);
  if (!room.Step()) return std::nullopt;
  RoomSchedule schedule;
  schedule.room = ReadRoom(room);
  schedule.base_hours = {MinutesOfDay(room.ColumnText(11)), MinutesOfDay(room.ColumnText(12))};
  schedule.first_day = first_day;
  schedule.days = days;

  db::Statement hours(db,
                      "SELECT weekday, open_time, close_time FROM room_hours WHERE room_id = ?1 "
                      "ORDER BY weekday, open_time");
  hours.Bind(1, room_id);
  while (hours.Step()) {
    schedule.has_weekday_hours = true;
    schedule.weekday_hours[hours.ColumnInt(0)].push_back(
        {MinutesOfDay(hours.ColumnText(1)), MinutesOfDay(hours.ColumnText(2))});
  }

  const std::string from = first_day.Iso();
  const std::string to = first_day.AddDays(days).Iso();  // exclusive
  db::Statement closures(
      db,
      "SELECT date, reason_zh, reason_en FROM room_closures "
      "WHERE (room_id = ?1 OR room_id IS NULL) AND date >= ?2 AND date < ?3 ORDER BY date");
  closures.BindAll(room_id, from, to);
  while (closures.Step()) {
    schedule.closures.push_back({LocalDate::ParseIso(closures.ColumnText(0)).value_or(LocalDate{}),
                                 closures.ColumnText(1), closures.ColumnText(2)});
  }

  // Confirmed bookings, minus the no-shows the clock has already released.
  db::Statement held(db,
                     "SELECT start_at, end_at, arrived_at IS NOT NULL FROM bookings "
                     "WHERE room_id = ?1 AND status = 'confirmed' AND end_at > ?2 AND start_at < ?3 "
                     "ORDER BY start_at");
  held.BindAll(room_id, from, to);
  while (held.Step()) {
    HeldTime time{ReadTime(held, 0), ReadTime(held, 1)};
    const bool arrived = held.ColumnInt(2) != 0;
    if (!arrived && AddMinutes(time.start, policy.grace_minutes) <= now) continue;  // released
    schedule.held.push_back(time);
  }
  return schedule;
}

//-----------------------------------------------------------------------------
// [SECTION] Slot grid
//-----------------------------------------------------------------------------

bool DayGrid::AnyFree() const {
  return std::any_of(slots.begin(), slots.end(), [](const Slot& s) { return s.state == SlotState::kFree; });
}

DayGrid SlotGrid(const RoomSchedule& schedule, const LocalDate& date, const LocalDateTime& now) {
  DayGrid grid;
  grid.date = date;
  const std::vector<MinuteSpan> intervals = OpeningIntervals(schedule, date);
  if (const Closure* closure = ClosureOn(schedule, date)) grid.closure = *closure;
  grid.open = !intervals.empty() && !grid.closure;

  MinuteSpan span = schedule.base_hours;
  if (!intervals.empty()) {
    span = {intervals.front().begin, intervals.front().end};
    for (const MinuteSpan& interval : intervals) span.end = std::max(span.end, interval.end);
  }
  const int step = std::max(schedule.room.slot_minutes, 1);
  for (int begin = span.begin; begin + step <= span.end; begin += step) {
    Slot slot{AtMinute(date, begin), AtMinute(date, begin + step), SlotState::kFree};
    const bool inside = std::any_of(intervals.begin(), intervals.end(), [&](const MinuteSpan& interval) {
      return interval.begin <= begin && begin + step <= interval.end;
    });
    const bool taken = std::any_of(schedule.held.begin(), schedule.held.end(), [&](const HeldTime& held) {
      return held.start < slot.end && held.end > slot.start;
    });
    if (!grid.open || !inside) {
      slot.state = SlotState::kClosed;
    } else if (slot.end <= now) {
      slot.state = SlotState::kPast;
    } else if (taken) {
      slot.state = SlotState::kTaken;
    }
    grid.slots.push_back(slot);
  }
  return grid;
}

//-----------------------------------------------------------------------------
// [SECTION] Status now
//-----------------------------------------------------------------------------

RoomStatus RoomStatusAt(const RoomSchedule& schedule, const LocalDateTime& now) {
  RoomStatus status;
  const DayGrid today = SlotGrid(schedule, now.date, now);
  if (!today.open) return status;  // kClosedToday

  // In use: a held time covers now; the run goes on while held times touch.
  std::optional<LocalDateTime> until;
  for (const HeldTime& held : schedule.held) {
    if (held.start <= now && now < held.end) until = held.end;
  }
  if (until) {
    for (const HeldTime& held : schedule.held) {
      if (held.start == *until) until = held.end;  // held is sorted by start
    }
    status.now = RoomNow::kInUse;
    status.until = until;
    return status;
  }
  const bool any_left = std::any_of(today.slots.begin(), today.slots.end(), [](const Slot& slot) {
    return slot.state == SlotState::kFree || slot.state == SlotState::kTaken;
  });
  if (!any_left) {
    status.now = RoomNow::kOverToday;
    return status;
  }
  if (!today.AnyFree()) {
    status.now = RoomNow::kFullToday;
    return status;
  }
  status.now = RoomNow::kFree;
  for (const HeldTime& held : schedule.held) {
    if (held.start > now && held.start.date == now.date) {
      status.next_start = held.start;
      break;
    }
  }
  return status;
}

}  // namespace kiosk
