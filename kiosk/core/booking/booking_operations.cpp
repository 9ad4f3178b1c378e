// kiosk/core/booking/booking_operations.cpp — the 'book', 'cancel_booking', 'arrive' and
// 'release_no_show' operations: their payloads and their Apply rules (stated in the header).
//
// [SECTION] Matter codes
// [SECTION] Payloads
// [SECTION] Apply
#include "kiosk/core/booking/booking_operations.h"

#include <algorithm>
#include <array>

#include "kiosk/core/storage/outbox_payload.h"
#include "kiosk/core/storage/record_ids.h"
#include "kiosk/core/time/minute_time.h"

namespace kiosk {

//-----------------------------------------------------------------------------
// [SECTION] Matter codes
//-----------------------------------------------------------------------------

namespace {

constexpr std::array<std::string_view, 5> kMatterCodes = {"family", "neighbour", "property", "labour",
                                                          "other"};

std::optional<BookingMatter> ReadMatter(const PayloadReader& in) {
  if (!in.OptionalText("matter")) return std::nullopt;
  const std::string code = in.OneOf("matter", {"family", "neighbour", "property", "labour", "other"});
  for (size_t i = 0; i < kMatterCodes.size(); ++i) {
    if (kMatterCodes[i] == code) return static_cast<BookingMatter>(i);
  }
  return BookingMatter::kOther;  // unreachable: OneOf accepted only these codes
}

std::optional<std::string> MatterText(const std::optional<BookingMatter>& matter) {
  if (!matter) return std::nullopt;
  return std::string(MatterCode(*matter));
}

}  // namespace

std::string_view MatterCode(BookingMatter matter) { return kMatterCodes.at(static_cast<size_t>(matter)); }

//-----------------------------------------------------------------------------
// [SECTION] Payloads
//-----------------------------------------------------------------------------

std::string ToJson(const BookOp& op) {
  return PayloadWriter()
      .Text("booking_id", op.booking_id)
      .Int("room_id", op.room_id)
      .Text("room_code", op.room_code)
      .Time("start_at", op.start_at)
      .Time("end_at", op.end_at)
      .Text("phone_hash", op.phone_hash)
      .Text("phone_last4", op.phone_last4)
      .OptionalText("matter", MatterText(op.matter))
      .Text("confirmation_code", op.confirmation_code)
      .Time("created_at", op.created_at)
      .str();
}

void FromJson(std::string_view op_id, std::string_view payload, BookOp& op) {
  const PayloadReader in(op_id, payload);
  op.booking_id = in.Text("booking_id");
  op.room_id = in.Int("room_id");
  op.room_code = in.Text("room_code");
  op.start_at = in.Time("start_at");
  op.end_at = in.Time("end_at");
  op.phone_hash = in.Text("phone_hash");
  op.phone_last4 = in.Text("phone_last4");
  op.matter = ReadMatter(in);
  op.confirmation_code = in.Text("confirmation_code");
  op.created_at = in.Time("created_at");
}

std::string ToJson(const CancelBookingOp& op) {
  return PayloadWriter()
      .Text("booking_id", op.booking_id)
      .Int("room_id", op.room_id)
      .Time("start_at", op.start_at)
      .Time("cancelled_at", op.cancelled_at)
      .str();
}

void FromJson(std::string_view op_id, std::string_view payload, CancelBookingOp& op) {
  const PayloadReader in(op_id, payload);
  op.booking_id = in.Text("booking_id");
  op.room_id = in.Int("room_id");
  op.start_at = in.Time("start_at");
  op.cancelled_at = in.Time("cancelled_at");
}

std::string ToJson(const ArriveOp& op) {
  return PayloadWriter().Text("booking_id", op.booking_id).Time("arrived_at", op.arrived_at).str();
}

void FromJson(std::string_view op_id, std::string_view payload, ArriveOp& op) {
  const PayloadReader in(op_id, payload);
  op.booking_id = in.Text("booking_id");
  op.arrived_at = in.Time("arrived_at");
}

std::string ToJson(const ReleaseNoShowOp& op) {
  return PayloadWriter().Text("booking_id", op.booking_id).Time("released_at", op.released_at).str();
}

void FromJson(std::string_view op_id, std::string_view payload, ReleaseNoShowOp& op) {
  const PayloadReader in(op_id, payload);
  op.booking_id = in.Text("booking_id");
  op.released_at = in.Time("released_at");
}

//-----------------------------------------------------------------------------
// [SECTION] Apply
//-----------------------------------------------------------------------------

namespace {

struct StoredBooking {
  std::string status;
  bool arrived = false;
};

std::optional<StoredBooking> LoadStoredBooking(db::Database& db, const std::string& booking_id) {
  db::Statement query(db, "SELECT status, arrived_at IS NOT NULL FROM bookings WHERE id = ?1");
  query.Bind(1, booking_id);
  if (!query.Step()) return std::nullopt;
  return StoredBooking{query.ColumnText(0), query.ColumnInt(1) != 0};
}

// One booking_slots row per slot the booking holds: its start, then every slot_minutes of the room
// until its end. UNIQUE(room_id, slot_start) refuses a second holder of any of them.
void HoldSlots(db::Database& db, const BookOp& op) {
  db::Statement step_of(db, "SELECT slot_minutes FROM rooms WHERE id = ?1");
  step_of.Bind(1, op.room_id);
  const int step = step_of.Step() ? std::max(static_cast<int>(step_of.ColumnInt(0)), 1) : 1;
  db::Statement insert(db, "INSERT INTO booking_slots(room_id, slot_start, booking_id) VALUES(?1, ?2, ?3)");
  for (LocalDateTime slot = op.start_at; slot < op.end_at; slot = AddMinutes(slot, step)) {
    insert.BindAll(op.room_id, slot.Iso(), op.booking_id).Run();
    insert.Reset();
  }
}

void FreeSlots(db::Database& db, const std::string& booking_id) {
  db::Statement(db, "DELETE FROM booking_slots WHERE booking_id = ?1").Bind(1, booking_id).Run();
}

// Two probes of bookings_held (room_id, start_at), each a few pages however long the room's
// history: a confirmed booking starting inside [start, end), or the last one starting before start
// still running at start. Exact because confirmed bookings of one room never overlap one another
// (this check keeps them apart, and booking_slots' key): any one running at start is that last one.
bool OverlapsConfirmedBooking(db::Database& db, const BookOp& op) {
  const std::string start = op.start_at.Iso();
  db::Statement inside(db,
                       "SELECT 1 FROM bookings WHERE room_id = ?1 AND status = 'confirmed' "
                       "AND start_at >= ?2 AND start_at < ?3");
  inside.BindAll(op.room_id, start, op.end_at.Iso());
  if (inside.Step()) return true;
  db::Statement before(db,
                       "SELECT end_at > ?2 FROM bookings WHERE room_id = ?1 AND status = 'confirmed' "
                       "AND start_at < ?2 ORDER BY start_at DESC LIMIT 1");
  before.BindAll(op.room_id, start);
  return before.Step() && before.ColumnInt(0) != 0;
}

}  // namespace

ApplyResult Apply(db::Database& db, const BookOp& op) {
  if (LoadStoredBooking(db, op.booking_id)) return ApplyResult::kReplayed;
  db::Statement room(db, "SELECT 1 FROM rooms WHERE id = ?1");
  room.Bind(1, op.room_id);
  if (!room.Step() || op.end_at <= op.start_at) return ApplyResult::kRejected;
  const bool conflict = OverlapsConfirmedBooking(db, op);
  db::Statement(db, R"sql(
      INSERT INTO bookings(id, origin_kiosk, created_at, room_id, start_at, end_at, phone_hash, phone_last4,
                           confirmation_code, status, matter)
      VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11))sql")
      .BindAll(op.booking_id, OriginKioskOf(op.booking_id), op.created_at.Iso(), op.room_id,
               op.start_at.Iso(), op.end_at.Iso(), op.phone_hash, op.phone_last4, op.confirmation_code,
               conflict ? "conflict" : "confirmed", MatterText(op.matter))
      .Run();
  if (!conflict) HoldSlots(db, op);
  return conflict ? ApplyResult::kConflict : ApplyResult::kApplied;
}

ApplyResult Apply(db::Database& db, const CancelBookingOp& op) {
  const std::optional<StoredBooking> stored = LoadStoredBooking(db, op.booking_id);
  if (!stored) return ApplyResult::kRejected;
  if (stored->status == "cancelled") return ApplyResult::kReplayed;
  if (stored->status != "confirmed") return ApplyResult::kConflict;
  db::Statement(db, "UPDATE bookings SET status = 'cancelled' WHERE id = ?1").Bind(1, op.booking_id).Run();
  FreeSlots(db, op.booking_id);
  return ApplyResult::kApplied;
}

ApplyResult Apply(db::Database& db, const ArriveOp& op) {
  const std::optional<StoredBooking> stored = LoadStoredBooking(db, op.booking_id);
  if (!stored) return ApplyResult::kRejected;
  if (stored->arrived) return ApplyResult::kReplayed;
  if (stored->status != "confirmed") return ApplyResult::kConflict;
  db::Statement(db, "UPDATE bookings SET arrived_at = ?2 WHERE id = ?1")
      .BindAll(op.booking_id, op.arrived_at.Iso())
      .Run();
  return ApplyResult::kApplied;
}

ApplyResult Apply(db::Database& db, const ReleaseNoShowOp& op) {
  const std::optional<StoredBooking> stored = LoadStoredBooking(db, op.booking_id);
  if (!stored) return ApplyResult::kRejected;
  if (stored->status == "no_show") return ApplyResult::kReplayed;
  if (stored->status != "confirmed" || stored->arrived) return ApplyResult::kConflict;
  db::Statement(db, "UPDATE bookings SET status = 'no_show', released_at = ?2 WHERE id = ?1")
      .BindAll(op.booking_id, op.released_at.Iso())
      .Run();
  FreeSlots(db, op.booking_id);
  return ApplyResult::kApplied;
}

}  // namespace kiosk
