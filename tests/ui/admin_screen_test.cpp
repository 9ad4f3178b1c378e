// tests/ui/admin_screen_test.cpp — the staff admin as staff and residents meet it: a 5-second
// hold on the centre's name (a short press does nothing), the PIN, five wrong PINs locking the
// keypad with a countdown that survives a restart, today's sign-ups with names and last four
// digits, 退出 asking the app to quit, the audit log; and nothing of the admin on public screens.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "flow_test_support.h"
#include "kiosk/core/admin/admin_audit.h"
#include "kiosk/core/admin/admin_pin.h"
#include "kiosk/core/signup/signups.h"
#include "kiosk/ui/screen_id.h"
#include "kiosk/ui/screens/admin_hold.h"

namespace kiosk::test {
namespace {

constexpr const char* kPin = "2468";

class AdminScreenTest : public ::testing::Test {
 protected:
  std::unique_ptr<HeadlessUi> Open() {
    ui::UiOptions options;
    options.admin_pin_hash = hash_;
    options.unix_clock = [this] { return *unix_now_; };
    auto h = std::make_unique<HeadlessUi>(db_, options);
    h->Settle();
    return h;
  }
  // Presses the centre's name in the home header for `seconds`, then lets go.
  static void HoldCentreName(HeadlessUi& h, double seconds) {
    float top = h.display().y;
    for (const ui::Target& t : h.targets().last_frame()) top = std::min(top, t.y);
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(h.display().x * 0.05f, top / 2);  // the name starts at the header's left
    h.Frames(30);
    io.MouseDown[0] = true;
    h.Frame();
    h.Wait(seconds);
    io.MouseDown[0] = false;
    h.Settle();
  }
  void TypePin(HeadlessUi& h, const std::string& pin) {
    TypeDigits(h, pin);
    ASSERT_TRUE(h.Tap("进入管理"));
  }
  std::string hash_ = HashAdminPin(kPin, PinHashCost::kMinimum);
  std::shared_ptr<int64_t> unix_now_ = std::make_shared<int64_t>(1'800'000'000);
  db::Database db_ = DemoDatabase();
};

TEST_F(AdminScreenTest, AShortPressDoesNothingAFiveSecondHoldOpensThePin) {
  auto h = Open();
  HoldCentreName(*h, 2);
  EXPECT_EQ(h->ui().current_screen(), ui::ScreenId::kHome);
  HoldCentreName(*h, ui::kAdminHoldSeconds + 0.3);
  EXPECT_EQ(h->ui().current_screen(), ui::ScreenId::kAdmin);
  EXPECT_NE(h->FrameText().find("工作人员请输入管理密码"), std::string::npos);
  TypeDigits(*h, "2468");
  EXPECT_NE(h->FrameText().find("* * * * "), std::string::npos) << "the PIN shows as stars";
  EXPECT_EQ(h->FrameText().find("2468"), std::string::npos) << "never as digits";
}

TEST_F(AdminScreenTest, TheRightPinShowsTodaysSignUpsWithNamesAndLastFourDigits) {
  std::optional<int64_t> today_open;  // an activity today still open for sign-up
  for (const OpenForSignUp& o : OccurrencesOpenForSignUp(db_, TestNow(), 200))
    if (o.start.date == TestNow().date && (!o.seats.Left() || *o.seats.Left() > 0))
      today_open = o.occurrence_id;
  ASSERT_TRUE(today_open) << "the demo has an activity open for sign-up today";
  const int64_t occurrence = *today_open;
  SignUpRequest request{.occurrence_id = occurrence, .phone = "13812345678", .display_name = "王小明"};
  ASSERT_TRUE(std::holds_alternative<SignUpConfirmed>(SignUp(db_, request, TestNow(), kDemoPhoneHashKey)));
  auto h = Open();
  HoldCentreName(*h, ui::kAdminHoldSeconds + 0.3);
  TypePin(*h, kPin);
  const std::string text = h->FrameText();
  EXPECT_NE(text.find("今日报名"), std::string::npos);
  EXPECT_NE(text.find("今日志愿者签到"), std::string::npos);
  EXPECT_NE(text.find("王小明"), std::string::npos);
  EXPECT_NE(text.find("尾号5678"), std::string::npos);
  EXPECT_EQ(text.find("13812345678"), std::string::npos) << "never the whole number";
  const auto log = AdminAuditLog(db_);
  ASSERT_GE(log.size(), 2u);
  EXPECT_EQ(log[0].action, "pin_accepted");
  EXPECT_EQ(log[1].action, "view_today");
  EXPECT_FALSE(h->ui().quit_requested());
  ASSERT_TRUE(h->Tap("退出"));
  EXPECT_TRUE(h->ui().quit_requested()) << "the app quits to the desktop";
  EXPECT_EQ(AdminAuditLog(db_).back().action, "exit");
}

TEST_F(AdminScreenTest, FiveWrongPinsLockWithACountdownThatSurvivesARestart) {
  {
    auto h = Open();
    HoldCentreName(*h, ui::kAdminHoldSeconds + 0.3);
    for (int i = 1; i < kMaxWrongPins; ++i) {
      TypePin(*h, "1111");
      EXPECT_NE(h->FrameText().find("密码错误，还可以再试" + std::to_string(kMaxWrongPins - i) + "次"),
                std::string::npos);
    }
    TypePin(*h, "1111");
    const std::string locked = h->FrameText();
    EXPECT_NE(locked.find("已锁定。15分00秒后再试"), std::string::npos) << locked;
    EXPECT_FALSE(h->targets().Find("进入管理")) << "no keypad while locked";
    *unix_now_ += 65;
    h->Frame();
    EXPECT_NE(h->FrameText().find("13分55秒后再试"), std::string::npos) << "the countdown moves";
    ASSERT_TRUE(h->ui().SecondsUntilNextDeadline());
    EXPECT_LE(*h->ui().SecondsUntilNextDeadline(), 1.0);
  }
  // The kiosk restarts (a new UI on the same database): still locked, even for the right PIN.
  auto h = Open();
  HoldCentreName(*h, ui::kAdminHoldSeconds + 0.3);
  EXPECT_NE(h->FrameText().find("已锁定"), std::string::npos);
  *unix_now_ += 15 * 60;
  h->Frame();
  ASSERT_TRUE(h->targets().Find("进入管理")) << "the lock ran out";
  TypePin(*h, kPin);
  EXPECT_NE(h->FrameText().find("今日报名"), std::string::npos);
  const auto log = AdminAuditLog(db_);
  EXPECT_EQ(
      std::count_if(log.begin(), log.end(), [](const AuditEntry& e) { return e.action == "pin_wrong"; }),
      kMaxWrongPins - 1);
  EXPECT_EQ(
      std::count_if(log.begin(), log.end(), [](const AuditEntry& e) { return e.action == "pin_locked"; }), 1);
}

TEST_F(AdminScreenTest, AdminLeavesOnIdleLikeAnyScreen) {
  auto h = Open();
  HoldCentreName(*h, ui::kAdminHoldSeconds + 0.3);
  TypePin(*h, kPin);
  ASSERT_TRUE(h->targets().Find("退出"));
  h->Wait(60.5);
  EXPECT_TRUE(h->ui().idle_banner_shown());
  h->Wait(15);
  EXPECT_EQ(h->ui().current_screen(), ui::ScreenId::kHome);
  ASSERT_TRUE(h->Tap("轻触屏幕开始"));
  EXPECT_FALSE(h->targets().Find("退出"));
}

TEST_F(AdminScreenTest, NothingOfTheAdminOnAnyPublicScreen) {
  auto h = Open();
  std::vector<std::string> admin_words;
  for (ui::Str id : {ui::Str::kAdminPinPrompt, ui::Str::kAdminEnter, ui::Str::kAdminTodaySignups,
                     ui::Str::kAdminCheckins, ui::Str::kAdminExit, ui::Str::kAdminTitle})
    for (ui::Lang lang : {ui::Lang::kZh, ui::Lang::kEn}) admin_words.emplace_back(ui::Tr(id, lang));
  const auto check = [&](const char* where) {
    SCOPED_TRACE(where);
    for (const ui::Target& t : h->targets().last_frame())
      for (const std::string& word : admin_words) EXPECT_NE(t.label, word) << "an admin target";
    const std::string text = h->FrameText();
    for (const std::string& word : admin_words)
      // 管理 and 退出 are common words (an activity about 物业管理); as targets they are checked above.
      if (word != "退出" && word != "Exit" && word != "管理" && word != "Admin") {
        EXPECT_EQ(text.find(word), std::string::npos) << word;
      }
  };
  check("home");
  for (const char* tile : {"活动日历", "报名参加", "志愿者签到", "我的报名与预约", "调解室预约"}) {
    ASSERT_TRUE(h->Tap(tile)) << tile;
    check(tile);
    ASSERT_TRUE(h->Tap("首页"));
  }
  ASSERT_TRUE(h->Tap("English"));
  check("home in English");
}

}  // namespace
}  // namespace kiosk::test
