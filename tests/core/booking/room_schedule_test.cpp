// tests/core/booking/room_schedule_test.cpp — a room's status now in words (free, in use until the
// end of the booked run, full today, closed today, over for today) and the room list order.
#include "tests/core/booking/booking_test_support.h"

namespace kiosk::testing {
namespace {

class RoomStatusTest : public BookingTest {
 protected:
  RoomStatus StatusAt(int64_t room_id, const std::string& now) {
    const auto schedule = LoadRoomSchedule(db_, room_id, At(now).date, 1, At(now), policy_);
    EXPECT_TRUE(schedule.has_value());
    return RoomStatusAt(*schedule, At(now));
  }
};

TEST_F(RoomStatusTest, FreeInUseUntilTheEndOfTheRunFullClosedAndOver) {
  EXPECT_EQ(StatusAt(1, "2026-11-30T08:00").now, RoomNow::kFree);
  // Two touching bookings by two residents: in use until the second ends.
  ASSERT_TRUE(Holds<BookingConfirmed>(
      BookAt("2026-11-30T08:00", BookReq(1, "2026-11-30T14:00", "2026-11-30T15:00", ResidentPhone(1)))));
  ASSERT_TRUE(Holds<BookingConfirmed>(
      BookAt("2026-11-30T08:00", BookReq(1, "2026-11-30T15:00", "2026-11-30T16:00", ResidentPhone(2)))));
  const RoomStatus before = StatusAt(1, "2026-11-30T13:00");
  EXPECT_EQ(before.now, RoomNow::kFree);
  EXPECT_EQ(before.next_start, At("2026-11-30T14:00"));
  ASSERT_TRUE(Holds<Arrived>(
      ArriveByPhone(db_, ResidentPhone(1), At("2026-11-30T14:00"), kDemoPhoneHashKey, policy_)));
  const RoomStatus during = StatusAt(1, "2026-11-30T14:10");
  EXPECT_EQ(during.now, RoomNow::kInUse);
  EXPECT_EQ(during.until, At("2026-11-30T16:00"));
  // Nobody came for the 15:00 booking: at 15:15 the room is free again (16:00-17:30 is left).
  EXPECT_EQ(StatusAt(1, "2026-11-30T15:15").now, RoomNow::kFree);
  EXPECT_EQ(StatusAt(1, "2026-11-30T17:30").now, RoomNow::kOverToday);

  // The hall, booked from 20:00 to its closing at 21:00 after 19:00: full for the rest of today.
  ASSERT_TRUE(Holds<BookingConfirmed>(
      BookAt("2026-11-30T19:10", BookReq(2, "2026-11-30T20:00", "2026-11-30T21:00", ResidentPhone(3)))));
  ASSERT_TRUE(Holds<BookingConfirmed>(
      BookAt("2026-11-30T19:10", BookReq(2, "2026-11-30T19:00", "2026-11-30T20:00", ResidentPhone(4)))));
  EXPECT_EQ(StatusAt(2, "2026-11-30T19:10").now, RoomNow::kInUse);
  db_.Exec("UPDATE bookings SET arrived_at = start_at WHERE room_id = 2");
  EXPECT_EQ(StatusAt(2, "2026-11-30T19:10").until, At("2026-11-30T21:00"));

  db_.Exec("INSERT INTO room_closures(room_id, date) VALUES(NULL, '2026-12-01')");
  EXPECT_EQ(StatusAt(1, "2026-12-01T10:00").now, RoomNow::kClosedToday);
  db_.Exec("INSERT INTO room_hours(room_id, weekday, open_time, close_time) VALUES(1, 1, '09:00', '12:00')");
  EXPECT_EQ(StatusAt(1, "2026-12-02T10:00").now, RoomNow::kClosedToday);  // a Wednesday without hours
}

TEST_F(RoomStatusTest, FullTodayWhenEveryRemainingSlotIsTaken) {
  db_.Exec("INSERT INTO room_hours(room_id, weekday, open_time, close_time) VALUES(1, 1, '09:00', '10:00')");
  ASSERT_TRUE(Holds<BookingConfirmed>(
      BookAt("2026-11-30T08:00", BookReq(1, "2026-11-30T09:00", "2026-11-30T10:00", ResidentPhone(1)))));
  EXPECT_EQ(StatusAt(1, "2026-11-30T08:00").now, RoomNow::kFullToday);
}

TEST_F(RoomStatusTest, BookableRoomsOfThisCommunityComeFirstMediationFirst) {
  db_.Exec(R"sql(
    INSERT INTO sites(id, code, name_zh, name_en, kind) VALUES(2, 'yangguang', '阳光村', 'Yangguang', 'village');
    INSERT INTO rooms(id, site_id, code, name_zh, name_en, kind, open_time, close_time, slot_minutes, bookable)
      VALUES(4, 2, 'yangguang-mediation', '阳光乡贤调解室', 'Studio', 'mediation', '09:00', '17:30', 30, 1);
  )sql");
  std::vector<std::string> codes;
  for (const RoomFacts& room : BookableRooms(db_, "yangguang")) codes.push_back(room.code);
  EXPECT_EQ(codes, (std::vector<std::string>{"yangguang-mediation", "fusheng-mediation", "fusheng-hall"}));
  codes.clear();
  for (const RoomFacts& room : BookableRooms(db_, "fusheng")) codes.push_back(room.code);
  EXPECT_EQ(codes, (std::vector<std::string>{"fusheng-mediation", "fusheng-hall", "yangguang-mediation"}));
}

}  // namespace
}  // namespace kiosk::testing
