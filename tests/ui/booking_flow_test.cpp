// tests/ui/booking_flow_test.cpp — booking the mediation room by tapping, as a resident would:
// room list (this community first, status in words) -> a day -> one slot, extended by the next ->
// keypad -> matter -> confirm -> code; a day showing every slot state in words; a slot taken by
// another kiosk between display and confirm; the limit; 我已到达; and what a public booking screen never
// shows (phones, their last four digits, matters).
#include <gtest/gtest.h>

#include "flow_test_support.h"
#include "kiosk/core/booking/bookings.h"
#include "kiosk/core/people/phone_hash.h"
#include "kiosk/ui/screen_id.h"
#include "kiosk/ui/screens/booking_screen.h"

namespace kiosk::test {
namespace {

constexpr const char* kPhone = "13812345678";
constexpr const char* kRoom =
    "福圣社区 调解室";  // the demo's fusheng-mediation, Friday 09:00-12:00, 14:00-17:30

// The day strip's target for a date: "11月30日" (what FormatShortDate puts before the weekday).
std::string FormatShortDateForTest(const LocalDate& date) {
  return std::to_string(date.month) + "月" + std::to_string(date.day) + "日";
}

class BookingFlowTest : public ::testing::Test {
 protected:
  std::unique_ptr<HeadlessUi> Open(ImVec2 display = ImVec2(1920, 1080)) {
    ui::UiOptions options;
    options.start_screen = ui::ScreenId::kRoomBooking;
    options.site_code = "fusheng";
    auto h = std::make_unique<HeadlessUi>(db_, options, display);
    h->Settle();
    return h;
  }
  int64_t RoomId(const std::string& code) {
    return CountRows(db_, "SELECT id FROM rooms WHERE code = '" + code + "'");
  }
  // Another kiosk (or resident) books directly through the rules.
  BookingOutcome BookElsewhere(const std::string& start, const std::string& end, const std::string& phone,
                               BookingMatter matter = BookingMatter::kFamily) {
    const std::string day = TestNow().date.Iso();
    return Book(db_,
                BookingRequest{RoomId("fusheng-mediation"), *LocalDateTime::ParseIso(day + "T" + start),
                               *LocalDateTime::ParseIso(day + "T" + end), phone, matter},
                TestNow(), kDemoPhoneHashKey, BookingPolicy{});
  }
  bool Has(HeadlessUi& h, const std::string& label) { return h.targets().Find(label).has_value(); }
  // Room -> one slot -> keypad -> matter: leaves the flow on the confirm step.
  void ReachConfirm(HeadlessUi& h, const std::string& slot, const std::string& matter) {
    ASSERT_TRUE(h.Tap(kRoom));
    ASSERT_TRUE(h.Tap(slot));
    ASSERT_TRUE(h.Tap("下一步"));
    TypeDigits(h, kPhone);
    ASSERT_TRUE(h.Tap("下一步"));
    ASSERT_TRUE(h.Tap(matter));
    ASSERT_TRUE(Has(h, "确认预约"));
  }
  db::Database db_ = DemoDatabase();
};

TEST_F(BookingFlowTest, FromTheRoomListToTheCodeRecordsOneBookingOfTwoSlots) {
  auto h = Open();
  ASSERT_TRUE(h->targets().last_frame().size() > 2);
  // This kiosk's community first.
  const auto first_room = h->FindPrefix("福圣社区");
  ASSERT_TRUE(first_room.has_value());
  ASSERT_TRUE(h->Tap(kRoom));
  ASSERT_TRUE(h->Tap("10:00 可预约"));
  ASSERT_TRUE(h->Tap("10:30 可预约"));  // the next slot extends the booking
  EXPECT_TRUE(Has(*h, "10:00 ✓ 已选"));
  EXPECT_TRUE(Has(*h, "10:30 ✓ 已选"));
  ASSERT_TRUE(h->Tap("下一步"));
  TypeDigits(*h, kPhone);
  ASSERT_TRUE(h->Tap("下一步"));
  ASSERT_TRUE(h->Tap("邻里纠纷"));
  const std::string confirm = h->FrameText();
  EXPECT_NE(confirm.find("尾号5678"), std::string::npos);
  EXPECT_EQ(confirm.find("邻里纠纷"), std::string::npos) << "the matter is never displayed again";
  EXPECT_EQ(confirm.find("13812345678"), std::string::npos);
  ASSERT_TRUE(h->Tap("确认预约"));
  const std::string result = h->FrameText();
  EXPECT_NE(result.find("预约成功"), std::string::npos);
  EXPECT_NE(result.find("身份证"), std::string::npos);
  db::Statement q(db_,
                  "SELECT start_at, end_at, matter, confirmation_code FROM bookings WHERE phone_hash = ?1");
  q.Bind(1, PhoneHash(kPhone, kDemoPhoneHashKey));
  ASSERT_TRUE(q.Step());
  EXPECT_EQ(q.ColumnText(0), TestNow().date.Iso() + "T10:00");
  EXPECT_EQ(q.ColumnText(1), TestNow().date.Iso() + "T11:00");
  EXPECT_EQ(q.ColumnText(2), "neighbour");
  EXPECT_NE(result.find(q.ColumnText(3)), std::string::npos) << "the code is shown";
  EXPECT_EQ(OutboxOps(db_, "book"), 1);
  EXPECT_TRUE(Has(*h, "再看一会"));
  h->Wait(ui::BookingScreen::kResultSeconds + 1);
  EXPECT_EQ(h->ui().current_screen(), ui::ScreenId::kHome);
}

TEST_F(BookingFlowTest, ADayWithEverySlotStateSaysItInWords) {
  ASSERT_TRUE(std::holds_alternative<BookingConfirmed>(BookElsewhere("14:00", "15:00", "13900009876")));
  auto h = Open();
  ASSERT_TRUE(h->Tap(kRoom));
  EXPECT_TRUE(Has(*h, "09:00 已过"));    // ended before 09:30
  EXPECT_TRUE(Has(*h, "09:30 可预约"));  // in progress: still bookable
  EXPECT_TRUE(Has(*h, "12:00 不开放"));  // lunch break
  EXPECT_TRUE(Has(*h, "14:00 已预约"));
  EXPECT_TRUE(Has(*h, "14:30 已预约"));
  EXPECT_TRUE(Has(*h, "15:00 可预约"));
  ASSERT_TRUE(h->Tap("14:00 已预约"));  // nothing happens: no 下一步
  EXPECT_FALSE(Has(*h, "下一步"));
  // The maintenance day (demo day + 3) and the public holiday (+9) say 不开放.
  const std::string maintenance = FormatShortDateForTest(TestNow().date.AddDays(3));
  ASSERT_TRUE(h->Tap(maintenance));
  EXPECT_TRUE(Has(*h, "10:00 不开放"));
  EXPECT_NE(h->FrameText().find("设备检修"), std::string::npos);
}

TEST_F(BookingFlowTest, ASlotTakenBetweenDisplayAndConfirmIsRefusedAndTheGridRefreshed) {
  auto h = Open();
  ReachConfirm(*h, "10:00 可预约", "家庭纠纷");
  ASSERT_TRUE(std::holds_alternative<BookingConfirmed>(BookElsewhere("10:00", "10:30", "13900001111")));
  ASSERT_TRUE(h->Tap("确认预约"));
  EXPECT_NE(h->FrameText().find("这个时段刚刚被别人预约了"), std::string::npos);
  EXPECT_EQ(CountRows(db_, "SELECT count(*) FROM bookings WHERE phone_hash = '" +
                               PhoneHash(kPhone, kDemoPhoneHashKey) + "'"),
            0);
  ASSERT_TRUE(h->Tap("返回"));
  EXPECT_TRUE(Has(*h, "10:00 已预约"));
  EXPECT_FALSE(Has(*h, "下一步")) << "nothing stays chosen";
}

TEST_F(BookingFlowTest, OverTheLimitSaysWhatToDo) {
  ASSERT_TRUE(std::holds_alternative<BookingConfirmed>(BookElsewhere("15:00", "15:30", kPhone)));
  ASSERT_TRUE(std::holds_alternative<BookingConfirmed>(BookElsewhere("16:00", "16:30", kPhone)));
  auto h = Open();
  ReachConfirm(*h, "10:00 可预约", "其他");
  ASSERT_TRUE(h->Tap("确认预约"));
  EXPECT_NE(h->FrameText().find("已有 2 个预约"), std::string::npos);
  EXPECT_EQ(OutboxOps(db_, "book"), 2);
}

TEST_F(BookingFlowTest, IHaveArrivedMarksTheBookingThatIsDue) {
  ASSERT_TRUE(std::holds_alternative<BookingConfirmed>(BookElsewhere("10:00", "10:30", kPhone)));
  auto h = Open();
  ASSERT_TRUE(h->Tap("我已到达"));
  TypeDigits(*h, "13900000000");  // no booking for this number
  ASSERT_TRUE(h->Tap("我已到达"));
  EXPECT_NE(h->FrameText().find("没有找到您现在的预约"), std::string::npos);
  ASSERT_TRUE(h->Tap("返回"));
  TypeDigits(*h, kPhone);
  ASSERT_TRUE(h->Tap("我已到达"));
  EXPECT_NE(h->FrameText().find("已登记到达"), std::string::npos);
  EXPECT_EQ(CountRows(db_, "SELECT count(*) FROM bookings WHERE arrived_at = '" + TestNow().Iso() + "'"), 1);
  EXPECT_EQ(OutboxOps(db_, "arrive"), 1);
}

TEST_F(BookingFlowTest, PublicBookingScreensNeverShowPhonesOrMatters) {
  const std::string phones[] = {"13911112468", "13922221357", "13933339753"};
  const std::string times[][2] = {{"10:00", "11:00"}, {"14:00", "14:30"}, {"16:00", "17:00"}};
  for (int i = 0; i < 3; ++i) {
    ASSERT_TRUE(std::holds_alternative<BookingConfirmed>(
        BookElsewhere(times[i][0], times[i][1], phones[i], static_cast<BookingMatter>(i))));
  }
  for (const ImVec2 display : {ImVec2(1920, 1080), ImVec2(1080, 1920)}) {
    auto h = Open(display);
    std::string seen = h->FrameText();
    for (const auto& t : h->targets().last_frame()) seen += t.label + "\n";
    ASSERT_TRUE(h->Tap(kRoom));
    for (int day = 0; day < 14; ++day) {
      if (day > 0) {
        ASSERT_TRUE(h->Tap(FormatShortDateForTest(TestNow().date.AddDays(day))));
      }
      seen += h->FrameText();
      for (const auto& t : h->targets().last_frame()) seen += t.label + "\n";
    }
    for (const std::string& phone : phones) {
      EXPECT_EQ(seen.find(phone), std::string::npos) << phone;
      EXPECT_EQ(seen.find(phone.substr(7)), std::string::npos) << "last four of " << phone;
    }
    for (const char* matter : {"家庭纠纷", "邻里纠纷", "物业纠纷", "family", "neighbour", "property"}) {
      EXPECT_EQ(seen.find(matter), std::string::npos) << matter;
    }
    EXPECT_NE(seen.find("已预约"), std::string::npos) << "the test looked at a day with bookings";
  }
}

}  // namespace
}  // namespace kiosk::test
