// tests/ui/volunteer_flow_test.cpp — volunteer check-in and check-out by tapping and scanning:
// phone on the keypad or a card from the USB scanner (characters + Enter), today's duties,
// 签到 then 签退 with the clock moved on, the hours, an unknown code, and a forgotten check-out
// flagged for staff.
#include <gtest/gtest.h>
#include <imgui_internal.h>  // ImTextCharFromUtf8

#include "flow_test_support.h"
#include "kiosk/ui/screen_id.h"

namespace kiosk::test {
namespace {

class VolunteerFlowTest : public ::testing::Test {
 protected:
  std::unique_ptr<HeadlessUi> Open(std::optional<int64_t> occurrence = std::nullopt) {
    ui::UiOptions options;
    options.start_screen = ui::ScreenId::kVolunteer;
    options.start_occurrence = occurrence;
    options.clock = clock_.fn();
    auto h = std::make_unique<HeadlessUi>(db_, options);
    h->Settle();
    return h;
  }
  int64_t Checkins(const std::string& status) {
    return CountRows(db_,
                     "SELECT count(*) FROM checkins WHERE volunteer_id = 1 AND status = '" + status + "'");
  }
  db::Database db_ = DemoDatabase();
  TestClock clock_;
};

TEST_F(VolunteerFlowTest, PhoneThenCheckInThenCheckOutWithTheHours) {
  auto h = Open();
  TypeDigits(*h, "13900000001");
  ASSERT_TRUE(h->Tap("下一步"));
  std::string duties = h->FrameText();
  EXPECT_NE(duties.find("张*，您好"), std::string::npos) << duties;
  EXPECT_NE(duties.find("党群服务中心志愿者值班"), std::string::npos);
  EXPECT_NE(duties.find("13:00 起可签到"), std::string::npos) << "the afternoon duty opens an hour early";
  ASSERT_TRUE(h->Tap("签到"));
  EXPECT_EQ(Checkins("checked_in"), 1);
  EXPECT_EQ(OutboxOps(db_, "checkin"), 1);
  duties = h->FrameText();
  EXPECT_NE(duties.find("签到成功 09:30"), std::string::npos);
  EXPECT_NE(duties.find("已签到 09:30"), std::string::npos);
  ASSERT_TRUE(h->targets().Find("签退"));

  *clock_.now = LocalDateTime{TestNow().date, 12, 0};
  ASSERT_TRUE(h->Tap("签退"));
  EXPECT_EQ(Checkins("checked_out"), 1);
  EXPECT_EQ(OutboxOps(db_, "checkout"), 1);
  duties = h->FrameText();
  EXPECT_NE(duties.find("签退成功，本次服务2小时30分"), std::string::npos) << duties;
  EXPECT_NE(duties.find("已签退 2小时30分"), std::string::npos);

  ASSERT_TRUE(h->Tap("我的时长"));
  const std::string hours = h->FrameText();
  EXPECT_NE(hours.find("本月"), std::string::npos);
  EXPECT_NE(hours.find("2小时30分"), std::string::npos);
}

TEST_F(VolunteerFlowTest, ScannedCardOnTheKeypadScreenIdentifies) {
  auto h = Open();
  Scan(*h, "V0001");
  EXPECT_NE(h->FrameText().find("张*，您好"), std::string::npos);
  EXPECT_TRUE(h->targets().Find("签到"));
}

TEST_F(VolunteerFlowTest, ScanOnTheDutiesScreenSwitchesToTheNextVolunteer) {
  auto h = Open();
  Scan(*h, "V0001");
  ASSERT_TRUE(h->targets().Find("签到"));
  Scan(*h, "V0002");
  EXPECT_NE(h->FrameText().find("王*，您好"), std::string::npos);
}

TEST_F(VolunteerFlowTest, UnknownCodeAndLettersAreSaidPlainly) {
  auto h = Open();
  Scan(*h, "V9999");
  EXPECT_NE(h->FrameText().find("未找到该志愿者"), std::string::npos);
  Scan(*h, "HELLO");
  EXPECT_NE(h->FrameText().find("无法识别，请重新扫描"), std::string::npos);
  TypeDigits(*h, "13800000099");
  ASSERT_TRUE(h->Tap("下一步"));
  EXPECT_NE(h->FrameText().find("未找到该志愿者"), std::string::npos);
  EXPECT_EQ(CountRows(db_, "SELECT count(*) FROM checkins"), 0);
}

TEST_F(VolunteerFlowTest, TheActivityChosenOnItsDetailIsMarked) {
  const int64_t duty = db::QueryInt(db_,
                                    "SELECT o.id FROM occurrences o JOIN events e ON e.id = o.event_id "
                                    "WHERE e.title = '党群服务中心下午值班' AND o.start_at LIKE '" +
                                        TestNow().date.Iso() + "%'");
  auto h = Open(duty);
  Scan(*h, "V0001");
  EXPECT_NE(h->FrameText().find("您选择的活动"), std::string::npos);
}

TEST_F(VolunteerFlowTest, ForgottenCheckOutIsFlaggedForStaff) {
  auto h = Open();
  Scan(*h, "V0001");
  ASSERT_TRUE(h->Tap("签到"));
  ASSERT_TRUE(h->Tap("首页"));
  // The morning duty ends at 12:00; an hour's grace later the kiosk closes it at the end.
  *clock_.now = LocalDateTime{TestNow().date, 13, 30};
  ASSERT_TRUE(h->Tap("志愿者签到"));
  Scan(*h, "V0001");
  EXPECT_NE(h->FrameText().find("已自动签退，请联系工作人员核对"), std::string::npos);
  EXPECT_EQ(Checkins("checked_out"), 1);
}

TEST_F(VolunteerFlowTest, EveryCharacterShownHasAGlyph) {
  auto h = Open();
  Scan(*h, "V0001");
  ASSERT_TRUE(h->Tap("签到"));
  const std::string text = h->FrameText();
  for (const char* p = text.c_str(); *p;) {
    unsigned c = 0;
    const int n = ImTextCharFromUtf8(&c, p, nullptr);
    ASSERT_GT(n, 0);
    p += n;
    if (c == '\n' || c == ' ') continue;
    EXPECT_TRUE(h->font()->FindGlyphNoFallback(static_cast<ImWchar>(c))) << "no glyph for U+" << std::hex << c;
  }
}

TEST_F(VolunteerFlowTest, HomeForgetsTheVolunteer) {
  auto h = Open();
  Scan(*h, "V0001");
  ASSERT_TRUE(h->Tap("首页"));
  ASSERT_TRUE(h->Tap("志愿者签到"));
  EXPECT_EQ(h->FrameText().find("张*"), std::string::npos);
  EXPECT_TRUE(h->targets().Find("下一步"));
}

}  // namespace
}  // namespace kiosk::test
