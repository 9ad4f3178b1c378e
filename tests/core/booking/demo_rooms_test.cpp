// tests/core/booking/demo_rooms_test.cpp — the demo's rooms as a resident sees them in 调解室预约:
// every community's mediation room is bookable with weekday hours and a lunch break, one room is
// closed for maintenance and every room for a public holiday within the 14 days.
#include "kiosk/core/demo/demo_data.h"
#include "tests/core/booking/booking_test_support.h"

namespace kiosk::testing {
namespace {

constexpr LocalDate kFriday{2026, 11, 27};

TEST(DemoRooms, EveryCommunityHasABookableMediationRoomWithHoursClosureAndHoliday) {
  db::Database db = OpenKioskDatabase(":memory:", true);
  LoadDemoData(db, KIOSK_DEMO_DIR, kFriday);
  const std::vector<RoomFacts> rooms = BookableRooms(db, "fusheng");
  ASSERT_GE(rooms.size(), 6u);
  EXPECT_EQ(rooms[0].code, "fusheng-mediation");
  EXPECT_EQ(rooms[1].code, "fusheng-hall");  // the data marks 福圣's 议事厅 bookable
  int mediation = 0;
  const LocalDateTime now{kFriday, 8, 0};
  const BookingPolicy policy;
  for (const RoomFacts& room : rooms) {
    mediation += room.kind == "mediation";
    const auto schedule = LoadRoomSchedule(db, room.id, kFriday, 14, now, policy);
    ASSERT_TRUE(schedule.has_value());
    int open_days = 0;
    for (int day = 0; day < 14; ++day) open_days += SlotGrid(*schedule, kFriday.AddDays(day), now).open;
    EXPECT_GE(open_days, 9) << room.code;
    // Day 9 is the demo's public holiday for every room.
    const DayGrid holiday = SlotGrid(*schedule, kFriday.AddDays(9), now);
    EXPECT_FALSE(holiday.open) << room.code;
    ASSERT_TRUE(holiday.closure.has_value()) << room.code;
    EXPECT_EQ(holiday.closure->reason_zh, "公休日");
  }
  EXPECT_EQ(mediation, 5);
  const auto fusheng = LoadRoomSchedule(db, rooms[0].id, kFriday, 14, now, policy);
  const DayGrid maintenance = SlotGrid(*fusheng, kFriday.AddDays(3), now);
  ASSERT_TRUE(maintenance.closure.has_value());
  EXPECT_EQ(maintenance.closure->reason_zh, "设备检修");
  // A Friday: morning, lunch break (closed), afternoon.
  std::string letters;
  for (const Slot& slot : SlotGrid(*fusheng, kFriday, now).slots)
    letters += "FTCP"[static_cast<int>(slot.state)];
  EXPECT_EQ(letters, "FFFFFFCCCCFFFFFFF");
}

}  // namespace
}  // namespace kiosk::testing
