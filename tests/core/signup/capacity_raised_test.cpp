// tests/core/signup/capacity_raised_test.cpp — the office raises a capacity while people wait: the
// re-import promotes them in order into the new seats (one 'promote' each), and then the home
// list, the sign-up list and the sign-up rule all say the same thing about the seats left.
#include <gtest/gtest.h>

#include "kiosk/core/calendar/home_listing.h"
#include "kiosk/core/calendar_import/calendar_import.h"
#include "kiosk/core/calendar_import/reference_data.h"
#include "kiosk/core/signup/signup_listing.h"
#include "kiosk/core/signup/signups.h"
#include "kiosk/core/storage/kiosk_database.h"
#include "tests/core/calendar_import/ics_test_support.h"
#include "tests/core/rules_test_support.h"

namespace kiosk {
namespace {

using testing::Holds;
using testing::Req;
using testing::ResidentPhone;

// The import stamps promotions with the wall clock, so the activity is a week from today.
class CapacityRaised : public ::testing::Test {
 protected:
  CapacityRaised() {
    db::Transaction transaction(db_);
    LoadReferenceData(db_, KIOSK_DEMO_DIR);
    SetKioskId(db_, "K01");
    transaction.Commit();
  }

  void ImportWithCapacity(int capacity) {
    std::string date = day_.Iso();
    std::erase(date, '-');
    const std::string ics = testing::Calendar(
        testing::Vevent("happy-430", {"DTSTART:" + date + "T163000", "DTEND:" + date + "T180000",
                                      "X-KIOSK-CAPACITY:" + std::to_string(capacity)}));
    db::Transaction transaction(db_);
    const ImportWindow window = OfficeImportWindow(now_.date);
    const CalendarImportReport report = StoreCalendarSource(
        db_, ReadCalendarSource(ics, CalendarFormat::kIcs, "cal.ics", ".", window), window, false);
    ASSERT_TRUE(report.ok()) << report.problems.front().Format();
    transaction.Commit();
    occurrence_ = db::QueryInt(db_, "SELECT id FROM occurrences");
  }

  SignUpOutcome SignUpResident(int phone, bool accept_waitlist = false) {
    return SignUp(
        db_, Req(occurrence_, ResidentPhone(phone), std::nullopt, SignUpRole::kResident, accept_waitlist),
        now_, kDemoPhoneHashKey);
  }

  // Two confirmed, one waiting, on capacity 2.
  std::string FillAndWait() {
    ImportWithCapacity(2);
    EXPECT_TRUE(Holds<SignUpConfirmed>(SignUpResident(1)));
    EXPECT_TRUE(Holds<SignUpConfirmed>(SignUpResident(2)));
    const SignUpOutcome waiting = SignUpResident(3, true);
    EXPECT_TRUE(Holds<SignUpWaitlisted>(waiting));
    return Holds<SignUpWaitlisted>(waiting) ? std::get<SignUpWaitlisted>(waiting).signup_id : "";
  }

  Seats HomeSeats() {
    const std::vector<OccurrenceSummary> home = OccurrencesOnDay(db_, day_);
    EXPECT_EQ(home.size(), 1u);
    return home.empty() ? Seats{} : home.front().seats;
  }

  db::Database db_ = OpenKioskDatabase(":memory:", true);
  LocalDateTime now_ = NowInShanghai();
  LocalDate day_ = now_.date.AddDays(7);
  int64_t occurrence_ = 0;
};

TEST_F(CapacityRaised, OneMoreSeatGoesToTheWaitingResidentAndEveryoneSaysFull) {
  const std::string waiting = FillAndWait();
  ImportWithCapacity(3);
  EXPECT_EQ(
      db::QueryInt(db_, "SELECT count(*) FROM signups WHERE status = 'confirmed' AND id = '" + waiting + "'"),
      1);
  EXPECT_EQ(testing::OutboxCount(db_, "promote"), 1);
  EXPECT_EQ(testing::LastPayloadField(db_, "signup_id"), waiting);
  EXPECT_EQ(testing::LastPayloadField(db_, "freed_by"), "<null>");

  EXPECT_EQ(HomeSeats().Left(), 0);
  EXPECT_TRUE(HomeSeats().Full());
  const std::vector<OpenForSignUp> open = OccurrencesOpenForSignUp(db_, now_, 10);
  ASSERT_EQ(open.size(), 1u);
  EXPECT_TRUE(open.front().seats.Full());
  EXPECT_TRUE(CheckAvailability(db_, occurrence_, now_).seats.Full());
  const SignUpOutcome newcomer = SignUpResident(4);
  ASSERT_TRUE(Holds<SignUpRefused>(newcomer));
  EXPECT_EQ(std::get<SignUpRefused>(newcomer).reason, SignUpRefusal::kFull);
}

TEST_F(CapacityRaised, TwoMoreSeatsLeaveOneForANewcomerAndTheListsAgreeWithTheRule) {
  FillAndWait();
  ImportWithCapacity(4);
  EXPECT_EQ(HomeSeats().Left(), 1);
  EXPECT_EQ(OccurrencesOpenForSignUp(db_, now_, 10).front().seats.Left(), 1);
  EXPECT_EQ(CheckAvailability(db_, occurrence_, now_).seats.Left(), 1);
  EXPECT_TRUE(Holds<SignUpConfirmed>(SignUpResident(4)));
  EXPECT_TRUE(HomeSeats().Full());
}

TEST_F(CapacityRaised, AnUnchangedReimportPromotesNobody) {
  FillAndWait();
  ImportWithCapacity(2);
  EXPECT_EQ(testing::OutboxCount(db_, "promote"), 0);
  EXPECT_EQ(HomeSeats().waitlisted, 1);
}

}  // namespace
}  // namespace kiosk
