// tests/core/booking/booking_test_support.h — a fixture for the room-booking rule tests: the minimal
// calendar (room 1 = 福圣 调解室, 09:00-17:30, 30-minute slots, at most 120 minutes, bookable), a
// second bookable room and a room nobody may book, kiosk id "K01", and short helpers.
// Dates: 2026-11-30 is a Monday, 2026-12-05 a Saturday, 2026-12-06 a Sunday.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <variant>

#include "kiosk/core/booking/bookings.h"
#include "kiosk/core/people/phone_hash.h"
#include "tests/core/rules_test_support.h"

namespace kiosk::testing {

inline BookingRequest BookReq(int64_t room_id, const std::string& start, const std::string& end,
                              std::string phone,
                              std::optional<BookingMatter> matter = BookingMatter::kFamily) {
  return BookingRequest{
      .room_id = room_id, .start = At(start), .end = At(end), .phone = std::move(phone), .matter = matter};
}

inline std::string RefusalOf(const BookingOutcome& outcome) {
  if (const auto* refused = std::get_if<BookingRefused>(&outcome))
    return std::string(RefusalName(refused->reason));
  return std::holds_alternative<BookingConfirmed>(outcome) ? "confirmed" : "already booked";
}

// A 'book' operation of room 1 as another kiosk sends it to the office merge.
inline BookOp BookOpOfRoom1(const std::string& id, const std::string& start, const std::string& end,
                            const std::string& code) {
  BookOp op;
  op.booking_id = id;
  op.room_id = 1;
  op.room_code = "fusheng-mediation";
  op.start_at = At(start);
  op.end_at = At(end);
  op.phone_hash = std::string(64, 'a');
  op.phone_last4 = "0001";
  op.confirmation_code = code;
  op.created_at = At("2026-11-29T20:00");
  return op;
}

class BookingTest : public ::testing::Test {
 protected:
  BookingTest() {
    InsertMinimalCalendar(db_);
    SetKioskId(db_, "K01");
    db_.Exec(R"sql(
      INSERT INTO rooms(id, site_id, code, name_zh, name_en, kind, open_time, close_time, slot_minutes, bookable)
        VALUES(2, 1, 'fusheng-hall', '议事厅', 'Council hall', 'meeting', '09:00', '21:00', 60, 1);
      INSERT INTO rooms(id, site_id, code, name_zh, name_en, kind, open_time, close_time, slot_minutes, bookable)
        VALUES(3, 1, 'fusheng-activity', '活动室', 'Activity room', 'activity', '08:30', '21:00', 60, 0);
    )sql");
  }

  BookingOutcome BookAt(const std::string& now, const BookingRequest& request) {
    return Book(db_, request, At(now), kDemoPhoneHashKey, policy_);
  }

  // The grid of `date` for room `room_id` as one letter per slot: F free, T taken, C closed, P past.
  std::string GridLetters(int64_t room_id, const std::string& date, const std::string& now) {
    const LocalDate day = LocalDate::ParseIso(date).value();
    const auto schedule = LoadRoomSchedule(db_, room_id, day, 1, At(now), policy_);
    EXPECT_TRUE(schedule.has_value());
    std::string letters;
    for (const Slot& slot : SlotGrid(*schedule, day, At(now)).slots)
      letters += "FTCP"[static_cast<int>(slot.state)];
    return letters;
  }

  std::string StatusOf(const std::string& id) {
    db::Statement query(db_, "SELECT status FROM bookings WHERE id = ?1");
    query.Bind(1, id);
    return query.Step() ? query.ColumnText(0) : "<none>";
  }

  BookingPolicy policy_;
  db::Database db_ = OpenKioskDatabase(":memory:", true);
};

}  // namespace kiosk::testing
