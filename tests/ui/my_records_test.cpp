// tests/ui/my_records_test.cpp — 我的报名与预约 by tapping: the keypad, the list of upcoming
// sign-ups with status and code, cancelling one (and the first on the waitlist moving up), and
// a number the kiosk does not know.
#include <gtest/gtest.h>

#include "flow_test_support.h"
#include "kiosk/core/people/phone_hash.h"
#include "kiosk/core/signup/signups.h"
#include "kiosk/ui/screen_id.h"

namespace kiosk::test {
namespace {

class MyRecordsTest : public ::testing::Test {
 protected:
  std::unique_ptr<HeadlessUi> Open() {
    ui::UiOptions options;
    options.start_screen = ui::ScreenId::kMyRecords;
    auto h = std::make_unique<HeadlessUi>(db_, options);
    h->Settle();
    return h;
  }
  // A demo resident (1990000xxxx) holding a confirmed seat on `occurrence`.
  std::string ConfirmedDemoResident(int64_t occurrence) {
    for (int n = 1; n <= 300; ++n) {
      std::string digits = std::to_string(n);
      const std::string phone = "199" + std::string(8 - digits.size(), '0') + digits;
      db::Statement q(
          db_, "SELECT 1 FROM signups WHERE occurrence_id = ?1 AND phone_hash = ?2 AND status = 'confirmed'");
      q.BindAll(occurrence, PhoneHash(phone, kDemoPhoneHashKey));
      if (q.Step()) return phone;
    }
    ADD_FAILURE() << "no confirmed demo resident on occurrence " << occurrence;
    return {};
  }
  db::Database db_ = DemoDatabase();
};

TEST_F(MyRecordsTest, ListsUpcomingSignUpsWithStatusAndCode) {
  const int64_t open = OpenOccurrenceWithSeats(db_);
  const int64_t bottles = FullBottlesOccurrence(db_);
  const std::string phone = "13812345678";
  SignUpRequest request;
  request.occurrence_id = open;
  request.phone = phone;
  const auto ok = SignUp(db_, request, TestNow(), kDemoPhoneHashKey);
  request.occurrence_id = bottles;
  request.accept_waitlist = true;
  SignUp(db_, request, TestNow(), kDemoPhoneHashKey);
  auto h = Open();
  TypeDigits(*h, phone);
  ASSERT_TRUE(h->Tap("下一步"));
  const std::string list = h->FrameText();
  EXPECT_NE(list.find("尾号5678"), std::string::npos);
  EXPECT_NE(list.find("已报名"), std::string::npos);
  EXPECT_NE(list.find("候补第3位"), std::string::npos);
  EXPECT_NE(list.find(std::get<SignUpConfirmed>(ok).confirmation_code), std::string::npos);
  EXPECT_NE(list.find("存旧瓶筑新绿"), std::string::npos);
  EXPECT_EQ(list.find("13812345678"), std::string::npos);
  EXPECT_TRUE(h->FindPrefix("取消报名："));
}

TEST_F(MyRecordsTest, CancellingFreesTheSeatForTheFirstOnTheWaitlist) {
  const int64_t bottles = FullBottlesOccurrence(db_);
  const std::string phone = ConfirmedDemoResident(bottles);
  ASSERT_FALSE(phone.empty());
  const std::string where = " FROM signups WHERE occurrence_id = " + std::to_string(bottles);
  ASSERT_EQ(CountRows(db_, "SELECT count(*)" + where + " AND status = 'waitlisted'"), 2);
  auto h = Open();
  TypeDigits(*h, phone);
  ASSERT_TRUE(h->Tap("下一步"));
  ASSERT_TRUE(h->TapPrefix("取消报名："));
  EXPECT_NE(h->FrameText().find("确定取消？"), std::string::npos);
  EXPECT_EQ(OutboxOps(db_, "cancel_signup"), 0) << "nothing before the resident confirms";
  ASSERT_TRUE(h->Tap("确定取消"));
  EXPECT_NE(h->FrameText().find("已取消报名"), std::string::npos);
  EXPECT_EQ(OutboxOps(db_, "cancel_signup"), 1);
  EXPECT_EQ(OutboxOps(db_, "promote"), 1);
  EXPECT_EQ(CountRows(db_, "SELECT count(*)" + where + " AND status = 'confirmed' AND role = 'resident'"),
            15);
  EXPECT_EQ(CountRows(db_, "SELECT count(*)" + where + " AND status = 'waitlisted'"), 1);
  ASSERT_TRUE(h->Tap("返回列表"));
  EXPECT_EQ(h->FrameText().find("存旧瓶筑新绿"), std::string::npos)
      << "the cancelled sign-up is gone from the list";
}

TEST_F(MyRecordsTest, KeepingTheSignUpChangesNothing) {
  const int64_t bottles = FullBottlesOccurrence(db_);
  auto h = Open();
  TypeDigits(*h, ConfirmedDemoResident(bottles));
  ASSERT_TRUE(h->Tap("下一步"));
  ASSERT_TRUE(h->TapPrefix("取消报名："));
  ASSERT_TRUE(h->Tap("不取消"));
  EXPECT_TRUE(h->FindPrefix("取消报名："));
  EXPECT_EQ(OutboxOps(db_, "cancel_signup"), 0);
}

TEST_F(MyRecordsTest, UnknownNumberIsSaidPlainly) {
  auto h = Open();
  TypeDigits(*h, "13800000099");
  ASSERT_TRUE(h->Tap("下一步"));
  const std::string text = h->FrameText();
  EXPECT_NE(text.find("没有找到这个号码的报名或预约记录"), std::string::npos);
  EXPECT_FALSE(h->FindPrefix("取消报名："));
  ASSERT_TRUE(h->Tap("返回"));
  EXPECT_TRUE(h->targets().Find("下一步")) << "back on the keypad";
}

TEST_F(MyRecordsTest, HomeForgetsTheNumber) {
  auto h = Open();
  TypeDigits(*h, "138000");
  ASSERT_TRUE(h->Tap("首页"));
  ASSERT_TRUE(h->Tap("我的报名与预约"));
  EXPECT_EQ(h->FrameText().find("138 000"), std::string::npos);
}

}  // namespace
}  // namespace kiosk::test
