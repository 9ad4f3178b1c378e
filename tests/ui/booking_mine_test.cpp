// tests/ui/booking_mine_test.cpp — the booking issue's rest, by tapping: 我的报名与预约 lists the
// resident's bookings (room, time, code; never the matter) with 取消预约 (asked first; the slot is
// free at once on the grid) and 我已到达 in the arrival window; records lost at the office merge say
// so with the centre's phone; 我已到达 by scanning the booking's QR code; home's rooms; the room
// panel (预约 opens the room's days, idle returns to the panel); the --screen booking previews.
#include <gtest/gtest.h>

#include "flow_test_support.h"
#include "kiosk/core/booking/booking_qr.h"
#include "kiosk/core/booking/bookings.h"
#include "kiosk/core/people/phone_hash.h"
#include "kiosk/core/signup/signups.h"
#include "kiosk/ui/screen_id.h"
#include "kiosk/ui/screens/booking_screen.h"

namespace kiosk::test {
namespace {

constexpr const char* kPhone = "13812345678";

class BookingMineTest : public ::testing::Test {
 protected:
  std::unique_ptr<HeadlessUi> Open(ui::UiOptions options, ImVec2 display = ImVec2(1920, 1080)) {
    options.site_code = "fusheng";
    if (!options.clock) options.clock = clock_.fn();
    auto h = std::make_unique<HeadlessUi>(db_, std::move(options), display);
    h->Settle();
    return h;
  }
  std::unique_ptr<HeadlessUi> OpenAt(ui::ScreenId screen) {
    ui::UiOptions options;
    options.start_screen = screen;
    return Open(std::move(options));
  }
  int64_t Mediation() { return CountRows(db_, "SELECT id FROM rooms WHERE code = 'fusheng-mediation'"); }
  // A booking of the fusheng mediation room today (Friday, open 09:00-12:00, 14:00-17:30).
  BookingConfirmed BookToday(const std::string& start, const std::string& end, const std::string& phone) {
    const std::string day = TestNow().date.Iso();
    const BookingOutcome outcome =
        Book(db_,
             BookingRequest{Mediation(), *LocalDateTime::ParseIso(day + "T" + start),
                            *LocalDateTime::ParseIso(day + "T" + end), phone, BookingMatter::kProperty},
             TestNow(), kDemoPhoneHashKey, BookingPolicy{});
    EXPECT_TRUE(std::holds_alternative<BookingConfirmed>(outcome));
    return std::holds_alternative<BookingConfirmed>(outcome) ? std::get<BookingConfirmed>(outcome)
                                                             : BookingConfirmed{};
  }
  void ShowMine(HeadlessUi& h) {
    TypeDigits(h, kPhone);
    ASSERT_TRUE(h.Tap("下一步"));
  }
  bool Has(HeadlessUi& h, const std::string& label) { return h.targets().Find(label).has_value(); }

  TestClock clock_;
  db::Database db_ = DemoDatabase();
};

TEST_F(BookingMineTest, MineListsTheBookingAndCancellingFreesTheSlotAtOnce) {
  const BookingConfirmed booked = BookToday("15:00", "16:00", kPhone);
  auto h = OpenAt(ui::ScreenId::kMyRecords);
  ShowMine(*h);
  const std::string list = h->FrameText();
  EXPECT_NE(list.find("福圣社区 调解室"), std::string::npos);
  EXPECT_NE(list.find("15:00"), std::string::npos);
  EXPECT_NE(list.find(booked.confirmation_code), std::string::npos);
  EXPECT_EQ(list.find("物业纠纷"), std::string::npos) << "the matter is never shown";
  EXPECT_FALSE(Has(*h, "我已到达")) << "15:00 is not yet in the arrival window at 09:30";
  ASSERT_TRUE(h->Tap("取消预约"));
  EXPECT_NE(h->FrameText().find("确定取消这个预约？"), std::string::npos);
  EXPECT_EQ(OutboxOps(db_, "cancel_booking"), 0) << "nothing before the resident confirms";
  ASSERT_TRUE(h->Tap("确定取消"));
  EXPECT_NE(h->FrameText().find("已取消预约"), std::string::npos);
  EXPECT_EQ(OutboxOps(db_, "cancel_booking"), 1);
  EXPECT_EQ(CountRows(db_, "SELECT count(*) FROM booking_slots"), 0);
  // The grid shows the slot free again at once.
  auto grid = OpenAt(ui::ScreenId::kRoomBooking);
  ASSERT_TRUE(grid->Tap("福圣社区 调解室"));
  EXPECT_TRUE(Has(*grid, "15:00 可预约"));
}

TEST_F(BookingMineTest, IHaveArrivedInMineWithinTheWindow) {
  BookToday("09:30", "10:00", kPhone);  // started at 09:30: due now
  BookToday("16:00", "16:30", kPhone);  // later: no 我已到达
  auto h = OpenAt(ui::ScreenId::kMyRecords);
  ShowMine(*h);
  ASSERT_TRUE(Has(*h, "我已到达"));
  ASSERT_TRUE(h->Tap("我已到达"));
  EXPECT_NE(h->FrameText().find("已登记到达"), std::string::npos);
  EXPECT_EQ(CountRows(db_, "SELECT count(*) FROM bookings WHERE arrived_at IS NOT NULL"), 1);
  EXPECT_EQ(
      CountRows(db_,
                "SELECT count(*) FROM bookings WHERE arrived_at IS NOT NULL AND start_at LIKE '%T09:30'"),
      1);
  ASSERT_TRUE(h->Tap("返回列表"));
  EXPECT_NE(h->FrameText().find("已到达"), std::string::npos);
  EXPECT_FALSE(Has(*h, "我已到达"));
}

TEST_F(BookingMineTest, RecordsLostAtTheOfficeMergeSaySoWithTheCentrePhone) {
  const BookingConfirmed lost = BookToday("15:00", "16:00", kPhone);
  db_.Exec("DELETE FROM booking_slots WHERE booking_id = '" + lost.booking_id + "'");
  db_.Exec("UPDATE bookings SET status = 'conflict' WHERE id = '" + lost.booking_id + "'");
  SignUpRequest request;
  request.occurrence_id = OpenOccurrenceWithSeats(db_);
  request.phone = kPhone;
  const auto signed_up = SignUp(db_, request, TestNow(), kDemoPhoneHashKey);
  ASSERT_TRUE(std::holds_alternative<SignUpConfirmed>(signed_up));
  db_.Exec("UPDATE signups SET status = 'conflict' WHERE id = '" +
           std::get<SignUpConfirmed>(signed_up).signup_id + "'");
  {
    auto h = OpenAt(ui::ScreenId::kMyRecords);
    ShowMine(*h);
    const std::string text = h->FrameText();
    EXPECT_NE(text.find("此预约未成功：这个时段已被其他服务点先预约。请向工作人员咨询"), std::string::npos)
        << text;
    EXPECT_NE(text.find("此报名未成功：名额已被其他服务点先报满。请向工作人员咨询"), std::string::npos)
        << text;
    EXPECT_FALSE(Has(*h, "取消预约")) << "a lost booking holds nothing to cancel";
  }
  db_.Exec("INSERT INTO meta(key, value) VALUES('centre_phone', '028-84850000')");
  auto h = OpenAt(ui::ScreenId::kMyRecords);
  ShowMine(*h);
  EXPECT_NE(h->FrameText().find("请致电 028-84850000"), std::string::npos);
}

TEST_F(BookingMineTest, IHaveArrivedByScanningTheBookingsQrCode) {
  const BookingConfirmed booked = BookToday("09:30", "10:00", kPhone);
  auto h = OpenAt(ui::ScreenId::kRoomBooking);
  Scan(*h, "NOTACODE!");
  EXPECT_NE(h->FrameText().find("无法识别"), std::string::npos)
      << "a bad scan says so on the 我已到达 keypad";
  EXPECT_EQ(OutboxOps(db_, "arrive"), 0);
  Scan(*h, BookingQrText(booked.confirmation_code, "福圣社区 调解室", "11月27日 周五 09:30–10:00"));
  EXPECT_NE(h->FrameText().find("已登记到达"), std::string::npos);
  EXPECT_EQ(OutboxOps(db_, "arrive"), 1);
  EXPECT_EQ(CountRows(db_, "SELECT count(*) FROM bookings WHERE arrived_at IS NOT NULL"), 1);
}

TEST_F(BookingMineTest, HomeListsThisCommunitysRoomsWithTheirStatus) {
  BookToday("09:30", "10:30", "13900001111");
  auto h = OpenAt(ui::ScreenId::kHome);
  const std::string text = h->FrameText();
  EXPECT_NE(text.find("本社区房间"), std::string::npos);
  EXPECT_NE(text.find("调解室 · 使用中，至 10:30"), std::string::npos) << text;
  EXPECT_EQ(text.find("1111"), std::string::npos);
}

TEST_F(BookingMineTest, TheRoomPanelOpensItsGridAndIdleReturnsToIt) {
  BookToday("14:00", "15:00", "13900001111");
  for (const ImVec2 display : {ImVec2(1080, 1920), ImVec2(1920, 1080)}) {
    ui::UiOptions options;
    options.room_panel = "fusheng-mediation";
    auto h = Open(std::move(options), display);
    const std::string panel = h->FrameText();
    EXPECT_NE(panel.find("调解室"), std::string::npos);
    EXPECT_NE(panel.find("空闲"), std::string::npos);
    EXPECT_NE(panel.find("14:00–15:00   已预约"), std::string::npos) << panel;
    EXPECT_EQ(panel.find("1111"), std::string::npos);
    ASSERT_TRUE(h->Tap("预约"));
    EXPECT_EQ(h->ui().current_screen(), ui::ScreenId::kRoomBooking);
    EXPECT_TRUE(Has(*h, "10:00 可预约")) << "this room's grid";
    EXPECT_TRUE(Has(*h, "14:00 已预约"));
    ASSERT_TRUE(h->Tap("10:00 可预约"));
    h->Wait(130);  // the idle reset, then nobody: back to the panel, no attract loop
    EXPECT_EQ(h->ui().current_screen(), ui::ScreenId::kHome);
    EXPECT_FALSE(h->ui().attract_shown());
    EXPECT_TRUE(Has(*h, "预约"));
  }
  ui::UiOptions unknown;  // refused when the kiosk starts (no ImGui frame needed)
  unknown.phone_hash_key = kDemoPhoneHashKey;
  unknown.room_panel = "no-such-room";
  EXPECT_THROW(ui::KioskUi(db_, unknown), std::invalid_argument);
  unknown.room_panel = "fusheng-activity";  // a room nobody may book
  EXPECT_THROW(ui::KioskUi(db_, unknown), std::invalid_argument);
}

TEST_F(BookingMineTest, ScreenshotPreviewsWalkTheRealFlow) {
  ui::UiOptions options;
  options.start_screen = ui::ScreenId::kRoomBooking;
  options.booking_preview = ui::BookingPreview::kGrid;
  EXPECT_TRUE(Has(*Open(options), "09:30 可预约"));
  options.booking_preview = ui::BookingPreview::kConfirm;
  EXPECT_TRUE(Has(*Open(options), "确认预约"));
  options.booking_preview = ui::BookingPreview::kResult;
  auto h = Open(options);
  EXPECT_TRUE(Has(*h, "完成"));
  EXPECT_EQ(OutboxOps(db_, "book"), 1);
}

// 朗读 on 我的报名与预约 says what the list draws — each record's lines — and never the phone
// number (not even its last four digits, which the heading shows) nor the booking's matter.
TEST_F(BookingMineTest, ReadAloudSaysTheListNeverThePhoneOrTheMatter) {
  const BookingConfirmed booked = BookToday("15:00", "16:00", kPhone);
  SignUpRequest request;
  request.occurrence_id = OpenOccurrenceWithSeats(db_);
  request.phone = kPhone;
  ASSERT_TRUE(std::holds_alternative<SignUpConfirmed>(SignUp(db_, request, TestNow(), kDemoPhoneHashKey)));
  auto h = OpenAt(ui::ScreenId::kMyRecords);
  ShowMine(*h);
  ASSERT_TRUE(Has(*h, "朗读"));
  const std::string said = h->ui().read_aloud_text();
  const std::string drawn = h->FrameText();
  EXPECT_NE(said.find(booked.confirmation_code), std::string::npos) << said;
  EXPECT_NE(said.find("已报名"), std::string::npos) << said;
  EXPECT_NE(drawn.find("尾号5678"), std::string::npos) << "the screen shows the last four digits";
  EXPECT_EQ(said.find("5678"), std::string::npos) << said;
  EXPECT_EQ(said.find(ui::Tr(ui::Str::kMatterProperty, ui::Lang::kZh)), std::string::npos) << said;
  // Built from what the screen draws: the screen's title, then every sentence is on the screen.
  EXPECT_EQ(said.rfind("我的报名与预约。", 0), 0u) << said;
  size_t from = std::string("我的报名与预约。").size();
  int sentences = 0;
  for (size_t stop = said.find("。", from); stop != std::string::npos;
       from = stop + 3, stop = said.find("。", from)) {
    const std::string sentence = said.substr(from, stop - from);
    ++sentences;
    EXPECT_NE(drawn.find(sentence), std::string::npos) << "said but not drawn: " << sentence;
  }
  EXPECT_GE(sentences, 8) << "two section headings, three lines per record";
}

}  // namespace
}  // namespace kiosk::test
