// tests/ui/signup_flow_test.cpp — signing up by tapping, as a resident would: from the 报名参加
// list or an activity, the keypad, the name (skipped, or "是您吗？" for a known number), confirm,
// and the result with its code; the waitlist on the full demo activity; a second sign-up; the
// double tap; refusals and a storage failure; the countdown home.
#include <gtest/gtest.h>

#include "flow_test_support.h"
#include "kiosk/core/people/phone_hash.h"
#include "kiosk/ui/screen_id.h"
#include "kiosk/ui/widgets/activity_row.h"

namespace kiosk::test {
namespace {

constexpr const char* kPhone = "13812345678";

class SignupFlowTest : public ::testing::Test {
 protected:
  std::unique_ptr<HeadlessUi> Open(std::optional<int64_t> occurrence, ImVec2 display = ImVec2(1920, 1080)) {
    ui::UiOptions options;
    options.start_screen = ui::ScreenId::kSignup;
    options.start_occurrence = occurrence;
    auto h = std::make_unique<HeadlessUi>(db_, options, display);
    h->Settle();
    return h;
  }
  int64_t SignupsFor(int64_t occurrence, const std::string& phone, const std::string& status) {
    return CountRows(db_, "SELECT count(*) FROM signups WHERE occurrence_id = " + std::to_string(occurrence) +
                              " AND phone_hash = '" + PhoneHash(phone, kDemoPhoneHashKey) +
                              "' AND status = '" + status + "'");
  }
  std::string CodeFor(int64_t occurrence, const std::string& phone) {
    db::Statement q(db_,
                    "SELECT confirmation_code FROM signups WHERE occurrence_id = ?1 AND phone_hash = ?2");
    q.BindAll(occurrence, PhoneHash(phone, kDemoPhoneHashKey));
    return q.Step() ? q.ColumnText(0) : std::string();
  }
  // The 报名 button of the first row of the 报名参加 list, labelled with what it signs up for.
  std::string FirstOpenTitle() {
    const auto open = OccurrencesOpenForSignUp(db_, TestNow(), 1);
    return open.empty() ? std::string("(none open)")
                        : ui::ActionTargetLabel("报名", open[0].title, open[0].start, ui::Lang::kZh);
  }
  // Keypad -> 下一步 -> 跳过 (unknown number): leaves the flow on the confirm step.
  void EnterPhoneAndSkipName(HeadlessUi& h, const std::string& phone) {
    TypeDigits(h, phone);
    ASSERT_TRUE(h.Tap("下一步"));
    ASSERT_TRUE(h.Tap("跳过"));
    ASSERT_TRUE(h.targets().Find("确认报名"));
  }
  db::Database db_ = DemoDatabase();
};

TEST_F(SignupFlowTest, FromTheOpenListToTheCodeRecordsExactlyOneSignUp) {
  auto h = Open(std::nullopt);
  const std::string list = h->FrameText();
  EXPECT_NE(list.find("可报名的活动"), std::string::npos);
  ASSERT_TRUE(h->Tap(FirstOpenTitle()));  // the first activity open for sign-up
  const int64_t occurrence = h->ui().selection().occurrence_id.value_or(0);
  const auto open = OccurrencesOpenForSignUp(db_, TestNow(), 1);
  ASSERT_FALSE(open.empty());
  EnterPhoneAndSkipName(*h, kPhone);
  const std::string confirm = h->FrameText();
  EXPECT_NE(confirm.find(open[0].title), std::string::npos);
  EXPECT_NE(confirm.find("尾号5678"), std::string::npos);
  EXPECT_EQ(confirm.find("13812345678"), std::string::npos) << "the whole number is on screen";
  EXPECT_EQ(confirm.find("138 1234 5678"), std::string::npos) << "the whole number is on screen";
  ASSERT_TRUE(h->Tap("确认报名"));
  const std::string result = h->FrameText();
  EXPECT_NE(result.find("报名成功"), std::string::npos);
  const int64_t id = open[0].occurrence_id;
  (void)occurrence;
  EXPECT_EQ(SignupsFor(id, kPhone, "confirmed"), 1);
  const std::string code = CodeFor(id, kPhone);
  ASSERT_EQ(code.size(), 6u);
  EXPECT_NE(result.find(code), std::string::npos) << "the code is shown";
  EXPECT_NE(result.find("15秒后返回首页"), std::string::npos);
  EXPECT_EQ(OutboxOps(db_, "signup"), 1);
}

TEST_F(SignupFlowTest, DoubleTapOnConfirmRecordsOnce) {
  const int64_t occurrence = OpenOccurrenceWithSeats(db_);
  auto h = Open(occurrence);
  EnterPhoneAndSkipName(*h, kPhone);
  const auto confirm = h->targets().Find("确认报名");
  ASSERT_TRUE(confirm);
  // Two quick taps on the same spot: press, release, press, release within a few frames.
  ImGuiIO& io = ImGui::GetIO();
  io.MousePos = ImVec2(confirm->center_x(), confirm->center_y());
  h->Frames(30);
  for (int i = 0; i < 2; ++i) {
    io.MouseDown[0] = true;
    h->Frame();
    io.MouseDown[0] = false;
    h->Frames(2);
  }
  h->Settle();
  EXPECT_EQ(SignupsFor(occurrence, kPhone, "confirmed"), 1);
  EXPECT_EQ(OutboxOps(db_, "signup"), 1);
  EXPECT_EQ(h->ui().current_screen(), ui::ScreenId::kSignup);  // the result, not taken home by the 2nd tap
}

TEST_F(SignupFlowTest, KnownNumberIsAskedWithTheMaskedName) {
  const int64_t occurrence = OpenOccurrenceWithSeats(db_);
  auto h = Open(occurrence);
  TypeDigits(*h, "13900000001");  // V0001 张伟 on the demo roster
  ASSERT_TRUE(h->Tap("下一步"));
  const std::string ask = h->FrameText();
  EXPECT_NE(ask.find("张*，是您吗？"), std::string::npos) << ask;
  EXPECT_EQ(ask.find("张伟"), std::string::npos) << "the name is shown unmasked";
  ASSERT_TRUE(h->Tap("是"));
  EXPECT_NE(h->FrameText().find("张*"), std::string::npos);
  ASSERT_TRUE(h->Tap("确认报名"));
  db::Statement q(db_, "SELECT display_name FROM signups WHERE occurrence_id = ?1 AND phone_last4 = '0001'");
  q.Bind(1, occurrence);
  ASSERT_TRUE(q.Step());
  EXPECT_EQ(q.ColumnText(0), "张伟");
}

TEST_F(SignupFlowTest, NotMeLeadsToTheNameKeyboard) {
  auto h = Open(OpenOccurrenceWithSeats(db_));
  TypeDigits(*h, "13900000001");
  ASSERT_TRUE(h->Tap("下一步"));
  ASSERT_TRUE(h->Tap("不是"));
  EXPECT_TRUE(h->targets().Find("跳过"));
  EXPECT_TRUE(h->targets().Find("Q"));  // the pinyin keyboard
}

TEST_F(SignupFlowTest, NameTypedAsPinyinIsSavedAndShownMasked) {
  const int64_t occurrence = OpenOccurrenceWithSeats(db_);
  auto h = Open(occurrence);
  TypeDigits(*h, kPhone);
  ASSERT_TRUE(h->Tap("下一步"));
  for (const char* key : {"L", "I", "N", "A"}) ASSERT_TRUE(h->Tap(key));
  h->Settle();  // candidates may need a font rebuild for their glyphs
  ASSERT_TRUE(h->Tap("李娜")) << "libgooglepinyin offers 李娜 for lina";
  ASSERT_TRUE(h->Tap("下一步"));
  EXPECT_NE(h->FrameText().find("李*"), std::string::npos);
  ASSERT_TRUE(h->Tap("确认报名"));
  db::Statement q(db_, "SELECT display_name FROM signups WHERE occurrence_id = ?1 AND phone_last4 = '5678'");
  q.Bind(1, occurrence);
  ASSERT_TRUE(q.Step());
  EXPECT_EQ(q.ColumnText(0), "李娜");
}

TEST_F(SignupFlowTest, FullActivityOffersTheWaitlistWithThePlace) {
  const int64_t bottles = FullBottlesOccurrence(db_);
  ASSERT_GT(bottles, 0);
  auto h = Open(bottles);
  EnterPhoneAndSkipName(*h, kPhone);
  ASSERT_TRUE(h->Tap("确认报名"));
  const std::string offer = h->FrameText();
  EXPECT_NE(offer.find("已满。加入候补？您将排在第3位"), std::string::npos) << offer;
  EXPECT_EQ(OutboxOps(db_, "signup"), 0) << "nothing is written before the resident agrees";
  ASSERT_TRUE(h->Tap("加入候补"));
  const std::string result = h->FrameText();
  EXPECT_NE(result.find("已加入候补"), std::string::npos);
  EXPECT_NE(result.find("候补第3位"), std::string::npos);
  EXPECT_EQ(SignupsFor(bottles, kPhone, "waitlisted"), 1);
  EXPECT_EQ(OutboxOps(db_, "signup"), 1);
}

TEST_F(SignupFlowTest, NoThanksWritesNothingAndGoesHome) {
  auto h = Open(FullBottlesOccurrence(db_));
  EnterPhoneAndSkipName(*h, kPhone);
  ASSERT_TRUE(h->Tap("确认报名"));
  ASSERT_TRUE(h->Tap("不了，谢谢"));
  EXPECT_EQ(h->ui().current_screen(), ui::ScreenId::kHome);
  EXPECT_EQ(OutboxOps(db_, "signup"), 0);
}

TEST_F(SignupFlowTest, SecondSignUpShowsTheFirstCodeAndWritesNothing) {
  const int64_t occurrence = OpenOccurrenceWithSeats(db_);
  {
    auto h = Open(occurrence);
    EnterPhoneAndSkipName(*h, kPhone);
    ASSERT_TRUE(h->Tap("确认报名"));
  }
  const std::string code = CodeFor(occurrence, kPhone);
  auto h = Open(occurrence);
  EnterPhoneAndSkipName(*h, kPhone);
  ASSERT_TRUE(h->Tap("确认报名"));
  const std::string result = h->FrameText();
  EXPECT_NE(result.find("您已报名"), std::string::npos);
  EXPECT_NE(result.find(code), std::string::npos);
  EXPECT_EQ(OutboxOps(db_, "signup"), 1);
}

TEST_F(SignupFlowTest, ShortAndMalformedNumbersAreExplainedOnTheKeypad) {
  auto h = Open(OpenOccurrenceWithSeats(db_));
  TypeDigits(*h, "13812345");
  EXPECT_NE(h->FrameText().find("138 1234 5"), std::string::npos) << "grouped while typing";
  ASSERT_TRUE(h->Tap("下一步"));
  EXPECT_NE(h->FrameText().find("请输入11位手机号码"), std::string::npos);
  ASSERT_TRUE(h->Tap("清空"));
  TypeDigits(*h, "12812345678");
  ASSERT_TRUE(h->Tap("下一步"));
  EXPECT_NE(h->FrameText().find("号码有误"), std::string::npos);
  EXPECT_TRUE(h->targets().Find("下一步")) << "still on the keypad";
  // A twelfth digit is not taken; 删除 removes the last one.
  ASSERT_TRUE(h->Tap("清空"));
  TypeDigits(*h, "138123456789");
  EXPECT_NE(h->FrameText().find("138 1234 5678"), std::string::npos);
  ASSERT_TRUE(h->Tap("删除"));
  EXPECT_NE(h->FrameText().find("138 1234 567"), std::string::npos);
  EXPECT_EQ(h->FrameText().find("138 1234 5678"), std::string::npos);
}

TEST_F(SignupFlowTest, HomeWipesTheTypedNumber) {
  auto h = Open(OpenOccurrenceWithSeats(db_));
  TypeDigits(*h, "138123");
  EXPECT_NE(h->FrameText().find("138 123"), std::string::npos);
  ASSERT_TRUE(h->Tap("首页"));
  ASSERT_EQ(h->ui().current_screen(), ui::ScreenId::kHome);
  ASSERT_TRUE(h->Tap("报名参加"));
  ASSERT_TRUE(h->Tap(FirstOpenTitle()));
  EXPECT_EQ(h->FrameText().find("138 123"), std::string::npos);
}

TEST_F(SignupFlowTest, IdleResetAfterSixtySecondsAndTheWarningClearsAHalfTypedNumber) {
  auto h = Open(OpenOccurrenceWithSeats(db_));
  TypeDigits(*h, "138123");
  h->Wait(59);
  EXPECT_EQ(h->ui().current_screen(), ui::ScreenId::kSignup) << "not before 60 s";
  ASSERT_TRUE(h->ui().SecondsUntilNextDeadline());
  EXPECT_LE(*h->ui().SecondsUntilNextDeadline(), 1.1) << "the app is told when to wake";
  h->Wait(1.5);
  EXPECT_TRUE(h->ui().idle_banner_shown()) << "还在使用吗？ first";
  h->Wait(15);
  EXPECT_EQ(h->ui().current_screen(), ui::ScreenId::kHome);
  ASSERT_TRUE(h->ui().attract_shown());
  ASSERT_TRUE(h->Tap("轻触屏幕开始"));
  ASSERT_TRUE(h->Tap("报名参加"));
  ASSERT_TRUE(h->Tap(FirstOpenTitle()));
  EXPECT_EQ(h->FrameText().find("138 123"), std::string::npos);
}

TEST_F(SignupFlowTest, ResultReturnsHomeAfterFifteenSeconds) {
  auto h = Open(OpenOccurrenceWithSeats(db_));
  EnterPhoneAndSkipName(*h, kPhone);
  ASSERT_TRUE(h->Tap("确认报名"));
  h->Wait(10);
  EXPECT_NE(h->FrameText().find("5秒后返回首页"), std::string::npos);
  EXPECT_EQ(h->ui().current_screen(), ui::ScreenId::kSignup);
  h->Wait(5.5);
  EXPECT_EQ(h->ui().current_screen(), ui::ScreenId::kHome);
}

TEST_F(SignupFlowTest, ClosedWindowSaysSoWithBack) {
  // 党群服务中心志愿者值班 started at 09:00 today: sign-up closed at its start.
  const int64_t started = db::QueryInt(db_, "SELECT o.id FROM occurrences o WHERE o.start_at = '" +
                                                TestNow().date.Iso() + "T09:00' ORDER BY o.id LIMIT 1");
  auto h = Open(started);
  EXPECT_NE(h->FrameText().find("报名已截止"), std::string::npos);
  EXPECT_FALSE(h->targets().Find("1")) << "no keypad for a closed activity";
  EXPECT_TRUE(h->targets().Find("返回"));
}

TEST_F(SignupFlowTest, GoneActivitySaysSo) {
  auto h = Open(999999);
  EXPECT_NE(h->FrameText().find("该活动已撤下"), std::string::npos);
}

TEST_F(SignupFlowTest, StorageFailureSaysWhatHappenedAndRecordsNothing) {
  const int64_t occurrence = OpenOccurrenceWithSeats(db_);
  auto h = Open(occurrence);
  EnterPhoneAndSkipName(*h, kPhone);
  db_.Exec("PRAGMA query_only = 1");  // every write now fails like a read-only disk
  ASSERT_TRUE(h->Tap("确认报名"));
  db_.Exec("PRAGMA query_only = 0");
  EXPECT_NE(h->FrameText().find("不可写（只读或没有权限）"),
            std::string::npos);  // storage_failure_screen_test
  EXPECT_EQ(SignupsFor(occurrence, kPhone, "confirmed"), 0);
  EXPECT_EQ(OutboxOps(db_, "signup"), 0);
}

TEST_F(SignupFlowTest, BackGoesOneStepAtATime) {
  auto h = Open(std::nullopt);
  ASSERT_TRUE(h->Tap(FirstOpenTitle()));
  TypeDigits(*h, kPhone);
  ASSERT_TRUE(h->Tap("下一步"));
  ASSERT_TRUE(h->targets().Find("跳过"));
  ASSERT_TRUE(h->Tap("返回"));
  EXPECT_TRUE(h->targets().Find("下一步"));
  EXPECT_EQ(h->FrameText().find("138 1234 5678"), std::string::npos) << "the number is not kept behind";
  ASSERT_TRUE(h->Tap("返回"));
  EXPECT_TRUE(h->targets().Find(FirstOpenTitle())) << "back at the list";
  ASSERT_TRUE(h->Tap("返回"));
  EXPECT_EQ(h->ui().current_screen(), ui::ScreenId::kHome);
}

}  // namespace
}  // namespace kiosk::test
