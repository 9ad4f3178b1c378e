// tests/ui/capacity_raised_test.cpp — from the office import to a tap on 报名: capacity 2 with two
// confirmed and one waiting, the office raises it to 4, the waiting resident is promoted by the
// import, home and the sign-up list say 余1位, and a newcomer who taps 报名 gets a seat (not a
// waitlist offer).
#include <gtest/gtest.h>

#include "flow_test_support.h"
#include "kiosk/core/calendar/home_listing.h"
#include "kiosk/core/calendar_import/calendar_import.h"
#include "kiosk/core/calendar_import/reference_data.h"
#include "kiosk/core/people/phone_hash.h"
#include "kiosk/core/signup/signups.h"
#include "kiosk/core/storage/kiosk_database.h"
#include "kiosk/core/storage/record_ids.h"
#include "kiosk/ui/screen_id.h"

namespace kiosk::test {
namespace {

// The import stamps promotions with the wall clock, so the UI runs on it too and the activity is
// a week away.
class CapacityRaisedUi : public ::testing::Test {
 protected:
  CapacityRaisedUi() {
    db::Transaction transaction(db_);
    LoadReferenceData(db_, KIOSK_DEMO_DIR);
    SetKioskId(db_, "K01");
    transaction.Commit();
  }

  void ImportWithCapacity(int capacity) {
    std::string date = now_.date.AddDays(7).Iso();
    std::erase(date, '-');
    const std::string ics =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:happy-430\r\n"
        "SUMMARY:快乐4点半\r\nCATEGORIES:议事\r\nX-KIOSK-SITE:福圣社区\r\nDTSTART:" +
        date + "T163000\r\nDTEND:" + date + "T180000\r\nX-KIOSK-CAPACITY:" + std::to_string(capacity) +
        "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    const ImportWindow window = OfficeImportWindow(now_.date);
    db::Transaction transaction(db_);
    const CalendarImportReport report = StoreCalendarSource(
        db_, ReadCalendarSource(ics, CalendarFormat::kIcs, "cal.ics", ".", window), window, false);
    ASSERT_TRUE(report.ok());
    transaction.Commit();
    occurrence_ = db::QueryInt(db_, "SELECT id FROM occurrences");
  }

  void SignUpResident(const std::string& phone, bool accept_waitlist) {
    SignUp(db_,
           SignUpRequest{.occurrence_id = occurrence_,
                         .phone = phone,
                         .display_name = std::nullopt,
                         .role = SignUpRole::kResident,
                         .accept_waitlist = accept_waitlist},
           now_, kDemoPhoneHashKey);
  }

  std::unique_ptr<HeadlessUi> Open(ui::ScreenId screen) {
    ui::UiOptions options;
    options.start_screen = screen;
    options.clock = [now = now_] { return now; };
    auto h = std::make_unique<HeadlessUi>(db_, options);
    h->Settle();
    return h;
  }

  int64_t Rows(const std::string& where) {
    return db::QueryInt(db_, "SELECT count(*) FROM signups WHERE " + where);
  }

  db::Database db_ = OpenKioskDatabase(":memory:", true);
  LocalDateTime now_ = NowInShanghai();
  int64_t occurrence_ = 0;
};

TEST_F(CapacityRaisedUi, AfterTheOfficeRaisesTheCapacityANewcomerGetsTheSeatTheListsShow) {
  ImportWithCapacity(2);
  SignUpResident("13800000001", false);
  SignUpResident("13800000002", false);
  SignUpResident("13800000003", true);
  ASSERT_EQ(Rows("status = 'waitlisted'"), 1);

  ImportWithCapacity(4);
  EXPECT_EQ(Rows("status = 'waitlisted'"), 0) << "the import promoted the waiting resident";

  const std::vector<OccurrenceSummary> home = UpcomingOccurrences(db_, now_, 12);
  ASSERT_EQ(home.size(), 1u);
  const std::string home_text = Open(ui::ScreenId::kHome)->FrameText();
  EXPECT_NE(home_text.find(home.front().title), std::string::npos) << home_text;
  EXPECT_NE(home_text.find("余1位（共4位）"), std::string::npos) << home_text;

  auto h = Open(ui::ScreenId::kSignup);
  const std::string list = h->FrameText();
  EXPECT_NE(list.find("余1位（共4位）"), std::string::npos) << list;
  // The row's 报名 button starts the sign-up (the row itself opens the detail).
  ASSERT_TRUE(h->Tap(ui::ActionTargetLabel("报名", home.front().title, home.front().start, ui::Lang::kZh)));
  TypeDigits(*h, "13812345678");
  ASSERT_TRUE(h->Tap("下一步"));
  ASSERT_TRUE(h->Tap("跳过"));
  ASSERT_TRUE(h->Tap("确认报名"));
  const std::string result = h->FrameText();
  EXPECT_NE(result.find("报名成功"), std::string::npos) << result;
  EXPECT_EQ(result.find("候补"), std::string::npos) << "offered the waitlist: " << result;
  EXPECT_EQ(
      Rows("status = 'confirmed' AND phone_hash = '" + PhoneHash("13812345678", kDemoPhoneHashKey) + "'"), 1);
  EXPECT_EQ(Rows("status = 'confirmed'"), 4);
}

}  // namespace
}  // namespace kiosk::test
