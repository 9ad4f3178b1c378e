// kiosk/core/booking/bookings.cpp — booking, cancel, arrive and no-show rules (policy in bookings.h).
//
// [SECTION] No-shows
// [SECTION] Book
// [SECTION] Cancel
// [SECTION] Arrive
// [SECTION] Mine
#include "kiosk/core/booking/bookings.h"

#include <algorithm>
#include <stdexcept>

#include "kiosk/core/people/phone_hash.h"
#include "kiosk/core/storage/confirmation_codes.h"
#include "kiosk/core/storage/outbox.h"
#include "kiosk/core/storage/record_ids.h"
#include "kiosk/core/time/minute_time.h"

namespace kiosk {

namespace {

LocalDateTime ReadTime(const db::Statement& row, int column) {
  return LocalDateTime::ParseIso(row.ColumnText(column)).value_or(LocalDateTime{});
}

//-----------------------------------------------------------------------------
// [SECTION] No-shows
//-----------------------------------------------------------------------------

// Inside the caller's transaction.
std::vector<std::string> ReleaseNoShowsInTransaction(db::Database& db, const LocalDateTime& now,
                                                     const BookingPolicy& policy,
                                                     std::optional<int64_t> room_id) {
  // start_at <= now - grace, compared as text (ISO local times sort as they read).
  const std::string latest_start = AddMinutes(now, -policy.grace_minutes).Iso();
  db::Statement due(db,
                    "SELECT id FROM bookings WHERE status = 'confirmed' AND arrived_at IS NULL "
                    "AND start_at <= ?1 AND (?2 IS NULL OR room_id = ?2) ORDER BY start_at, id");
  due.BindAll(latest_start, room_id);
  std::vector<std::string> released;
  while (due.Step()) released.push_back(due.ColumnText(0));
  for (const std::string& id : released) {
    const ReleaseNoShowOp op{id, now};
    Apply(db, op);
    AppendOutboxOperation(db, op, now);
  }
  return released;
}

//-----------------------------------------------------------------------------
// [SECTION] Book
//-----------------------------------------------------------------------------

std::optional<AlreadyBooked> FindSameBooking(db::Database& db, const BookingRequest& request,
                                             const std::string& phone_hash) {
  db::Statement query(db,
                      "SELECT id, confirmation_code FROM bookings WHERE room_id = ?1 AND start_at = ?2 "
                      "AND phone_hash = ?3 AND status = 'confirmed'");
  query.BindAll(request.room_id, request.start.Iso(), phone_hash);
  if (!query.Step()) return std::nullopt;
  return AlreadyBooked{query.ColumnText(0), query.ColumnText(1)};
}

// The day's slots the request covers, or the refusal when it does not cover whole free slots.
std::optional<BookingRefusal> CheckSlots(const DayGrid& grid, const BookingRequest& request) {
  if (grid.closure) return BookingRefusal::kClosedDay;
  const auto first = std::find_if(grid.slots.begin(), grid.slots.end(),
                                  [&](const Slot& slot) { return slot.start == request.start; });
  const auto last = std::find_if(grid.slots.begin(), grid.slots.end(),
                                 [&](const Slot& slot) { return slot.end == request.end; });
  if (first == grid.slots.end() || last == grid.slots.end()) {
    // Off the grid: inside the day's span it is a boundary problem, outside it the hours'.
    const bool within = !grid.slots.empty() && grid.slots.front().start <= request.start &&
                        request.end <= grid.slots.back().end;
    return within ? BookingRefusal::kNotOnSlot : BookingRefusal::kOutsideHours;
  }
  for (auto slot = first; slot <= last; ++slot) {
    if (slot->state == SlotState::kClosed) return BookingRefusal::kOutsideHours;
  }
  for (auto slot = first; slot <= last; ++slot) {
    if (slot->state == SlotState::kPast) return BookingRefusal::kPast;
  }
  for (auto slot = first; slot <= last; ++slot) {
    if (slot->state == SlotState::kTaken) return BookingRefusal::kTaken;
  }
  return std::nullopt;
}

int64_t UpcomingBookings(db::Database& db, int64_t room_id, const std::string& phone_hash,
                         const LocalDateTime& now, const BookingPolicy& policy) {
  // Held and not ended: confirmed, ending after now, and arrived or still within the grace.
  db::Statement query(
      db,
      "SELECT count(*) FROM bookings WHERE room_id = ?1 AND phone_hash = ?2 "
      "AND status = 'confirmed' AND end_at > ?3 AND (arrived_at IS NOT NULL OR start_at > ?4)");
  query.BindAll(room_id, phone_hash, now.Iso(), AddMinutes(now, -policy.grace_minutes).Iso());
  query.Step();
  return query.ColumnInt(0);
}

//-----------------------------------------------------------------------------
// [SECTION] Arrive
//-----------------------------------------------------------------------------

// Marks the first booking (by start) among `candidates` whose arrive window holds `now`.
ArriveOutcome ArriveAmong(db::Database& db, db::Statement& candidates, const LocalDateTime& now,
                          const BookingPolicy& policy) {
  bool later_today = false;
  while (candidates.Step()) {
    const std::string id = candidates.ColumnText(0);
    const LocalDateTime start = ReadTime(candidates, 1);
    const bool arrived = candidates.ColumnInt(2) != 0;
    if (arrived && now < ReadTime(candidates, 3)) return Arrived{id, true};
    if (now < AddMinutes(start, -policy.arrive_early_minutes)) {
      later_today = later_today || start.date == now.date;
      continue;
    }
    if (arrived || now >= AddMinutes(start, policy.grace_minutes)) continue;  // released
    const ArriveOp op{id, now};
    Apply(db, op);
    AppendOutboxOperation(db, op, now);
    return Arrived{id, false};
  }
  return ArriveRefused{later_today ? ArriveRefusal::kTooEarly : ArriveRefusal::kNotFound};
}

constexpr std::string_view kArriveCandidates =
    "SELECT id, start_at, arrived_at IS NOT NULL, end_at FROM bookings "
    "WHERE status = 'confirmed' AND end_at > ?2 AND ";

}  // namespace

std::vector<std::string> ReleaseNoShows(db::Database& db, const LocalDateTime& now,
                                        const BookingPolicy& policy, std::optional<int64_t> room_id) {
  db::Transaction transaction(db);
  std::vector<std::string> released = ReleaseNoShowsInTransaction(db, now, policy, room_id);
  transaction.Commit();
  return released;
}

BookingOutcome Book(db::Database& db, const BookingRequest& request, const LocalDateTime& now,
                    std::string_view hash_key, const BookingPolicy& policy) {
  if (!IsValidMainlandMobile(request.phone)) return BookingRefused{BookingRefusal::kInvalidPhone};
  const std::optional<RoomFacts> room = LoadRoomFacts(db, request.room_id);
  if (!room || !room->bookable) return BookingRefused{BookingRefusal::kUnknownRoom};
  if (request.end <= request.start || request.end.date != request.start.date) {
    return BookingRefused{BookingRefusal::kBadLength};
  }
  if (MinutesBetween(request.start, request.end) > room->max_booking_minutes) {
    return BookingRefused{BookingRefusal::kTooLong};
  }
  if (request.end <= now) return BookingRefused{BookingRefusal::kPast};
  if (request.start.date >= now.date.AddDays(policy.horizon_days)) {
    return BookingRefused{BookingRefusal::kBeyondHorizon};
  }
  const std::string phone_hash = PhoneHash(request.phone, hash_key);

  db::Transaction transaction(db);  // BEGIN IMMEDIATE: the grid and the insert see the same bookings
  ReleaseNoShowsInTransaction(db, now, policy, request.room_id);
  if (auto same = FindSameBooking(db, request, phone_hash)) {
    transaction.Commit();  // keeps the releases: they are true whatever the outcome
    return *same;
  }
  const std::optional<RoomSchedule> schedule =
      LoadRoomSchedule(db, request.room_id, request.start.date, 1, now, policy);
  std::optional<BookingRefusal> refusal;
  if (schedule) refusal = CheckSlots(SlotGrid(*schedule, request.start.date, now), request);
  if (!refusal &&
      UpcomingBookings(db, request.room_id, phone_hash, now, policy) >= policy.bookings_per_phone) {
    refusal = BookingRefusal::kLimitReached;
  }
  if (refusal) {
    transaction.Commit();
    return BookingRefused{*refusal};
  }

  BookOp op;
  op.booking_id = NextRecordId(db);
  op.room_id = room->id;
  op.room_code = room->code;
  op.start_at = request.start;
  op.end_at = request.end;
  op.phone_hash = phone_hash;
  op.phone_last4 = PhoneLast4(request.phone);
  op.matter = request.matter;
  op.confirmation_code = UnusedConfirmationCode(db);
  op.created_at = now;
  if (Apply(db, op) != ApplyResult::kApplied) {
    throw std::logic_error("booking operation not applied on the kiosk's own state");  // checked above
  }
  AppendOutboxOperation(db, op, now);
  transaction.Commit();
  return BookingConfirmed{op.booking_id, op.confirmation_code};
}

//-----------------------------------------------------------------------------
// [SECTION] Cancel
//-----------------------------------------------------------------------------

BookingCancelOutcome CancelBooking(db::Database& db, std::string_view booking_id, const LocalDateTime& now) {
  db::Transaction transaction(db);
  db::Statement row(db, "SELECT room_id, start_at, status FROM bookings WHERE id = ?1");
  row.Bind(1, booking_id);
  if (!row.Step()) return BookingCancelRefused{BookingCancelRefusal::kNotFound};
  const std::string status = row.ColumnText(2);
  if (status == "cancelled") return BookingCancelRefused{BookingCancelRefusal::kAlreadyCancelled};
  if (status != "confirmed") return BookingCancelRefused{BookingCancelRefusal::kNotConfirmed};
  const CancelBookingOp op{std::string(booking_id), row.ColumnInt(0), ReadTime(row, 1), now};
  if (now >= op.start_at) return BookingCancelRefused{BookingCancelRefusal::kStarted};
  Apply(db, op);
  AppendOutboxOperation(db, op, now);
  transaction.Commit();
  return BookingCancelled{op.booking_id};
}

ArriveOutcome ArriveByPhone(db::Database& db, std::string_view phone, const LocalDateTime& now,
                            std::string_view hash_key, const BookingPolicy& policy) {
  if (!IsValidMainlandMobile(phone)) return ArriveRefused{ArriveRefusal::kInvalidPhone};
  db::Transaction transaction(db);
  db::Statement candidates(db, std::string(kArriveCandidates) + "phone_hash = ?1 ORDER BY start_at");
  candidates.BindAll(PhoneHash(phone, hash_key), now.Iso());
  ArriveOutcome outcome = ArriveAmong(db, candidates, now, policy);
  transaction.Commit();
  return outcome;
}

ArriveOutcome ArriveByCode(db::Database& db, std::string_view code, const LocalDateTime& now,
                           const BookingPolicy& policy) {
  db::Transaction transaction(db);
  db::Statement candidates(db, std::string(kArriveCandidates) + "confirmation_code = ?1 ORDER BY start_at");
  candidates.BindAll(code, now.Iso());
  ArriveOutcome outcome = ArriveAmong(db, candidates, now, policy);
  transaction.Commit();
  return outcome;
}

//-----------------------------------------------------------------------------
// [SECTION] Mine
//-----------------------------------------------------------------------------

std::vector<MyBooking> BookingsForPhone(db::Database& db, std::string_view phone, const LocalDateTime& now,
                                        std::string_view hash_key, const BookingPolicy& policy) {
  if (!IsValidMainlandMobile(phone)) return {};
  db::Statement query(db,
                      "SELECT id, room_id, start_at, end_at, confirmation_code, arrived_at IS NOT NULL, "
                      "status = 'conflict' FROM bookings WHERE phone_hash = ?1 AND end_at > ?2 AND "
                      "(status = 'conflict' OR (status = 'confirmed' AND (arrived_at IS NOT NULL OR "
                      "start_at > ?3))) ORDER BY start_at, id");
  query.BindAll(PhoneHash(phone, hash_key), now.Iso(), AddMinutes(now, -policy.grace_minutes).Iso());
  std::vector<MyBooking> mine;
  while (query.Step()) {
    MyBooking booking;
    booking.booking_id = query.ColumnText(0);
    booking.room = LoadRoomFacts(db, query.ColumnInt(1)).value_or(RoomFacts{});
    booking.start = ReadTime(query, 2);
    booking.end = ReadTime(query, 3);
    booking.confirmation_code = query.ColumnText(4);
    booking.arrived = query.ColumnInt(5) != 0;
    booking.conflict = query.ColumnInt(6) != 0;
    const bool held = !booking.conflict;
    booking.can_cancel = held && now < booking.start;
    booking.can_arrive = held && !booking.arrived &&
                         AddMinutes(booking.start, -policy.arrive_early_minutes) <= now &&
                         now < AddMinutes(booking.start, policy.grace_minutes);
    mine.push_back(std::move(booking));
  }
  return mine;
}

std::string CentrePhone(db::Database& db) {
  db::Statement query(db, "SELECT value FROM meta WHERE key = 'centre_phone'");
  return query.Step() ? query.ColumnText(0) : std::string();
}

std::string_view RefusalName(BookingRefusal reason) {
  switch (reason) {
    case BookingRefusal::kInvalidPhone:
      return "kInvalidPhone";
    case BookingRefusal::kUnknownRoom:
      return "kUnknownRoom";
    case BookingRefusal::kBadLength:
      return "kBadLength";
    case BookingRefusal::kTooLong:
      return "kTooLong";
    case BookingRefusal::kNotOnSlot:
      return "kNotOnSlot";
    case BookingRefusal::kOutsideHours:
      return "kOutsideHours";
    case BookingRefusal::kClosedDay:
      return "kClosedDay";
    case BookingRefusal::kPast:
      return "kPast";
    case BookingRefusal::kBeyondHorizon:
      return "kBeyondHorizon";
    case BookingRefusal::kTaken:
      return "kTaken";
    case BookingRefusal::kLimitReached:
      return "kLimitReached";
  }
  return "?";
}

}  // namespace kiosk
