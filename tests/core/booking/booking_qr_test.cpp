// tests/core/booking/booking_qr_test.cpp — a booking's QR text read back from a scan; finding the
// room a --room-panel names; what 我的报名与预约 may offer for each booking (cancel, arrive, lost).
#include "kiosk/core/booking/booking_qr.h"

#include "tests/core/booking/booking_test_support.h"

namespace kiosk::testing {
namespace {

TEST(BookingQr, TheCodeComesBackFromAScanOfItsText) {
  const std::string text = BookingQrText("A7K2MQ", "福圣社区 调解室", "11月30日 周一 09:00–10:00");
  EXPECT_EQ(text.rfind("A7K2MQ ", 0), 0u)
      << "the code first: a scanner that cannot type Chinese still types it";
  EXPECT_EQ(text.find('\n'), std::string::npos) << "one line: one Enter";
  EXPECT_EQ(BookingCodeFromScan(text), "A7K2MQ");
  EXPECT_EQ(BookingCodeFromScan("  a7k2mq\r\n"), "A7K2MQ");
  EXPECT_EQ(BookingCodeFromScan("A7K2M"), std::nullopt);    // too short
  EXPECT_EQ(BookingCodeFromScan("A7K2MQX"), std::nullopt);  // too long
  EXPECT_EQ(BookingCodeFromScan("A0K2MQ"), std::nullopt);   // 0 is not in the alphabet
  EXPECT_EQ(BookingCodeFromScan("13812345678"), std::nullopt);
  EXPECT_EQ(BookingCodeFromScan(""), std::nullopt);
}

TEST_F(BookingTest, FindBookableRoomByIdCodeOrName) {
  EXPECT_EQ(FindBookableRoom(db_, "1", "fusheng")->id, 1);
  EXPECT_EQ(FindBookableRoom(db_, "fusheng-hall", "")->id, 2);
  EXPECT_EQ(FindBookableRoom(db_, "议事厅", "")->id, 2);
  EXPECT_EQ(FindBookableRoom(db_, "", "fusheng")->id, 1);       // this community's first
  EXPECT_FALSE(FindBookableRoom(db_, "fusheng-activity", ""));  // not bookable
  EXPECT_FALSE(FindBookableRoom(db_, "3", ""));
  EXPECT_FALSE(FindBookableRoom(db_, "no-such-room", ""));
}

TEST_F(BookingTest, RoomsNowGivesEachRoomsStatus) {
  ASSERT_EQ(RefusalOf(BookAt("2026-11-30T08:00",
                             BookReq(1, "2026-11-30T09:00", "2026-11-30T10:00", ResidentPhone(1)))),
            "confirmed");
  const auto rows = RoomsNow(db_, "fusheng", At("2026-11-30T09:10"), policy_, true);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].room.id, 1);
  EXPECT_EQ(rows[0].status.now, RoomNow::kInUse);
  EXPECT_EQ(rows[1].status.now, RoomNow::kFree);
  EXPECT_TRUE(RoomsNow(db_, "", At("2026-11-30T09:10"), policy_, true).empty());
}

TEST_F(BookingTest, MineSaysWhatEachBookingAllows) {
  const std::string phone = ResidentPhone(1);
  ASSERT_EQ(RefusalOf(BookAt("2026-11-30T08:00", BookReq(1, "2026-11-30T09:00", "2026-11-30T09:30", phone))),
            "confirmed");
  const auto later = BookAt("2026-11-30T08:00", BookReq(1, "2026-11-30T15:00", "2026-11-30T15:30", phone));
  ASSERT_EQ(RefusalOf(later), "confirmed");
  const std::string lost_id = std::get<BookingConfirmed>(later).booking_id;
  db_.Exec("DELETE FROM booking_slots WHERE booking_id = '" + lost_id + "'");
  db_.Exec("UPDATE bookings SET status = 'conflict' WHERE id = '" + lost_id + "'");
  // 08:45: the 09:00 booking can be cancelled and is in its arrival window (from 08:30).
  auto mine = BookingsForPhone(db_, phone, At("2026-11-30T08:45"), kDemoPhoneHashKey, policy_);
  ASSERT_EQ(mine.size(), 2u);
  EXPECT_TRUE(mine[0].can_cancel);
  EXPECT_TRUE(mine[0].can_arrive);
  EXPECT_FALSE(mine[0].conflict);
  EXPECT_TRUE(mine[1].conflict);
  EXPECT_FALSE(mine[1].can_cancel);
  EXPECT_FALSE(mine[1].can_arrive);
  // 09:14: started (no cancel), still within the grace; 09:15: released, gone from the list.
  mine = BookingsForPhone(db_, phone, At("2026-11-30T09:14"), kDemoPhoneHashKey, policy_);
  ASSERT_EQ(mine.size(), 2u);
  EXPECT_FALSE(mine[0].can_cancel);
  EXPECT_TRUE(mine[0].can_arrive);
  mine = BookingsForPhone(db_, phone, At("2026-11-30T09:15"), kDemoPhoneHashKey, policy_);
  ASSERT_EQ(mine.size(), 1u);
  EXPECT_TRUE(mine[0].conflict);
  EXPECT_EQ(CentrePhone(db_), "");
  db_.Exec("INSERT INTO meta(key, value) VALUES('centre_phone', '028-84850000')");
  EXPECT_EQ(CentrePhone(db_), "028-84850000");
}

}  // namespace
}  // namespace kiosk::testing
