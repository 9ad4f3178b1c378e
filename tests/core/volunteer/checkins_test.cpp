// tests/core/volunteer/checkins_test.cpp — volunteer check-in/out: the window edges, duties, double taps,
// check-out before check-in, whole-minute durations and the operations recorded.
#include "kiosk/core/volunteer/checkins.h"

#include <gtest/gtest.h>

#include "tests/core/rules_test_support.h"

namespace kiosk {
namespace {

using testing::At;
using testing::Count;
using testing::Holds;
using testing::InsertOccurrence;
using testing::LastPayloadField;

constexpr int64_t kZhang = 1;  // active volunteer of the fixture
constexpr int64_t kLi = 2;     // inactive

class CheckInTest : public testing::RulesTest {
 protected:
  CheckInTest() {
    AddVolunteerEvent();                                                   // event 2 wants volunteers
    InsertOccurrence(db_, 20, 2, "2026-11-27T09:00", "2026-11-27T12:00");  // patrol
    InsertOccurrence(db_, 10, 1, "2026-11-27T16:30", "2026-11-27T18:00");  // 快乐4点半: wants none
  }
  CheckInOutcome CheckInAt(const std::string& now, int64_t occurrence = 20, int64_t volunteer = kZhang) {
    return CheckIn(db_, volunteer, occurrence, At(now));
  }
  CheckOutOutcome CheckOutAt(const std::string& now, int64_t occurrence = 20, int64_t volunteer = kZhang) {
    return CheckOut(db_, volunteer, occurrence, At(now));
  }
  static CheckInRefusal RefusalOf(const CheckInOutcome& outcome) {
    const auto* refused = std::get_if<CheckInRefused>(&outcome);
    EXPECT_NE(refused, nullptr);
    return refused != nullptr ? refused->reason : CheckInRefusal::kOccurrenceGone;
  }
};

TEST_F(CheckInTest, WindowOpensSixtyMinutesBeforeTheStartAndClosesAtTheEnd) {
  EXPECT_EQ(RefusalOf(CheckInAt("2026-11-27T07:59")), CheckInRefusal::kTooEarly);  // 61 min before
  EXPECT_EQ(RefusalOf(CheckInAt("2026-11-27T12:00")), CheckInRefusal::kOver);      // the end minute
  EXPECT_EQ(RefusalOf(CheckInAt("2026-11-27T13:00")), CheckInRefusal::kOver);
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM checkins"), 0);
  const CheckInOutcome ok = CheckInAt("2026-11-27T08:00");  // exactly 60 min before
  ASSERT_TRUE(Holds<CheckedIn>(ok));
  EXPECT_EQ(std::get<CheckedIn>(ok).at, At("2026-11-27T08:00"));
}

TEST_F(CheckInTest, LastMinuteBeforeTheEndStillChecksIn) {
  ASSERT_TRUE(Holds<CheckedIn>(CheckInAt("2026-11-27T11:59")));
}

TEST_F(CheckInTest, DutiesShowEachStateThroughTheDay) {
  auto state_at = [&](const std::string& now) {
    const std::vector<Duty> duties = TodaysDuties(db_, kZhang, At(now));
    EXPECT_EQ(duties.size(), 1u);  // only the patrol: 快乐4点半 wants no volunteers
    return duties.empty() ? DutyState::kCancelled : duties[0].state;
  };
  EXPECT_EQ(state_at("2026-11-27T07:59"), DutyState::kTooEarly);
  EXPECT_EQ(state_at("2026-11-27T08:00"), DutyState::kCanCheckIn);
  EXPECT_EQ(state_at("2026-11-27T12:00"), DutyState::kOver);
  CheckInAt("2026-11-27T08:55");
  const std::vector<Duty> checked_in = TodaysDuties(db_, kZhang, At("2026-11-27T10:00"));
  ASSERT_EQ(checked_in.size(), 1u);
  EXPECT_EQ(checked_in[0].state, DutyState::kCheckedIn);
  EXPECT_EQ(checked_in[0].checked_in_at, At("2026-11-27T08:55"));
  EXPECT_EQ(checked_in[0].check_in_opens, At("2026-11-27T08:00"));
  EXPECT_FALSE(checked_in[0].signed_up);
  CheckOutAt("2026-11-27T12:05");
  const std::vector<Duty> done = TodaysDuties(db_, kZhang, At("2026-11-27T13:00"));
  EXPECT_EQ(done[0].state, DutyState::kCheckedOut);
  EXPECT_EQ(done[0].minutes, 190);
  EXPECT_FALSE(done[0].auto_closed);
  EXPECT_TRUE(TodaysDuties(db_, kZhang, At("2026-11-28T09:00")).empty());  // not today's any more
}

TEST_F(CheckInTest, SignedUpVolunteersServeActivitiesThatWantNoVolunteersInGeneral) {
  EXPECT_EQ(RefusalOf(CheckInAt("2026-11-27T16:00", 10)), CheckInRefusal::kNotOnDuty);
  ASSERT_TRUE(Holds<SignUpConfirmed>(
      SignUp(db_, testing::Req(10, "13900000001", std::nullopt, SignUpRole::kVolunteer),
             At("2026-11-26T10:00"), kDemoPhoneHashKey)));
  const std::vector<Duty> duties = TodaysDuties(db_, kZhang, At("2026-11-27T08:00"));
  ASSERT_EQ(duties.size(), 2u);
  EXPECT_EQ(duties[1].occurrence_id, 10);
  EXPECT_TRUE(duties[1].signed_up);
  EXPECT_TRUE(Holds<CheckedIn>(CheckInAt("2026-11-27T16:00", 10)));
}

TEST_F(CheckInTest, DoubleCheckInReturnsTheFirstAndWritesNothing) {
  const auto first = std::get<CheckedIn>(CheckInAt("2026-11-27T08:50"));
  const CheckInOutcome again = CheckInAt("2026-11-27T08:50");  // two taps in one frame
  ASSERT_TRUE(Holds<AlreadyCheckedIn>(again));
  EXPECT_EQ(std::get<AlreadyCheckedIn>(again).checkin_id, first.checkin_id);
  EXPECT_EQ(std::get<AlreadyCheckedIn>(again).since, At("2026-11-27T08:50"));
  const CheckInOutcome later = CheckInAt("2026-11-27T10:00");
  ASSERT_TRUE(Holds<AlreadyCheckedIn>(later));
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM checkins"), 1);
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM outbox"), 1);
}

TEST_F(CheckInTest, CheckOutBeforeCheckInIsRefused) {
  const CheckOutOutcome outcome = CheckOutAt("2026-11-27T10:00");
  ASSERT_TRUE(Holds<CheckOutRefused>(outcome));
  EXPECT_EQ(std::get<CheckOutRefused>(outcome).reason, CheckOutRefusal::kNotCheckedIn);
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM outbox"), 0);
}

TEST_F(CheckInTest, DurationIsWholeMinutesBetweenCheckInAndCheckOut) {
  ASSERT_TRUE(Holds<CheckedIn>(CheckInAt("2026-11-27T09:58")));
  const CheckOutOutcome outcome = CheckOutAt("2026-11-27T11:03");
  ASSERT_TRUE(Holds<CheckedOut>(outcome));
  const CheckedOut& out = std::get<CheckedOut>(outcome);
  EXPECT_EQ(out.minutes, 65);
  EXPECT_EQ(out.checked_in_at, At("2026-11-27T09:58"));
  EXPECT_EQ(out.checked_out_at, At("2026-11-27T11:03"));
  EXPECT_EQ(LastPayloadField(db_, "minutes"), "65");
  EXPECT_EQ(LastPayloadField(db_, "auto_closed"), "0");  // json false reads as 0
  EXPECT_EQ(testing::OutboxCount(db_, "checkin"), 1);
  EXPECT_EQ(testing::OutboxCount(db_, "checkout"), 1);
}

TEST_F(CheckInTest, CheckOutInTheSameMinuteIsZeroMinutes) {
  CheckInAt("2026-11-27T10:00");
  EXPECT_EQ(std::get<CheckedOut>(CheckOutAt("2026-11-27T10:00")).minutes, 0);
}

TEST_F(CheckInTest, SecondCheckOutAndCheckInAfterCheckOutShowTheHours) {
  CheckInAt("2026-11-27T09:00");
  CheckOutAt("2026-11-27T11:30");
  const CheckOutOutcome again = CheckOutAt("2026-11-27T11:31");
  ASSERT_TRUE(Holds<AlreadyCheckedOut>(again));
  EXPECT_EQ(std::get<AlreadyCheckedOut>(again).minutes, 150);
  const CheckInOutcome back = CheckInAt("2026-11-27T11:40");
  ASSERT_TRUE(Holds<AlreadyCheckedOut>(back));
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM outbox"), 2);
}

TEST_F(CheckInTest, CancelledGoneAndUnknownAreRefused) {
  db_.Exec("UPDATE occurrences SET status = 'cancelled' WHERE id = 20");
  EXPECT_EQ(RefusalOf(CheckInAt("2026-11-27T09:00")), CheckInRefusal::kOccurrenceCancelled);
  EXPECT_EQ(TodaysDuties(db_, kZhang, At("2026-11-27T09:00"))[0].state, DutyState::kCancelled);
  EXPECT_EQ(RefusalOf(CheckInAt("2026-11-27T09:00", 999)), CheckInRefusal::kOccurrenceGone);
  db_.Exec("UPDATE occurrences SET status = 'scheduled' WHERE id = 20");
  EXPECT_EQ(RefusalOf(CheckInAt("2026-11-27T09:00", 20, kLi)), CheckInRefusal::kUnknownVolunteer);
  EXPECT_EQ(RefusalOf(CheckInAt("2026-11-27T09:00", 20, 777)), CheckInRefusal::kUnknownVolunteer);
  EXPECT_EQ(std::get<CheckOutRefused>(CheckOutAt("2026-11-27T09:00", 20, 777)).reason,
            CheckOutRefusal::kUnknownVolunteer);
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM checkins"), 0);
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM outbox"), 0);
}

TEST_F(CheckInTest, CheckInIsRecordedWithItsOperation) {
  const auto in = std::get<CheckedIn>(CheckInAt("2026-11-27T08:30"));
  db::Statement row(db_,
                    "SELECT origin_kiosk, volunteer_id, occurrence_id, status, auto_closed FROM checkins");
  ASSERT_TRUE(row.Step());
  EXPECT_EQ(row.ColumnText(0), "K01");
  EXPECT_EQ(row.ColumnInt(1), kZhang);
  EXPECT_EQ(row.ColumnInt(2), 20);
  EXPECT_EQ(row.ColumnText(3), "checked_in");
  EXPECT_EQ(row.ColumnInt(4), 0);
  EXPECT_EQ(LastPayloadField(db_, "checkin_id"), in.checkin_id);
  EXPECT_EQ(LastPayloadField(db_, "event_uid"), "patrol");
  EXPECT_EQ(LastPayloadField(db_, "checked_in_at"), "2026-11-27T08:30");
}

}  // namespace
}  // namespace kiosk
