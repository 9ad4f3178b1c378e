// tests/core/signup/signup_test.cpp — signing up: confirmation code, one sign-up per phone and
// occurrence (double taps), phone and name validation, volunteers, and what is recorded.
#include <gtest/gtest.h>

#include "kiosk/core/signup/signups.h"
#include "kiosk/core/storage/confirmation_codes.h"
#include "tests/core/rules_test_support.h"

namespace kiosk {
namespace {

using testing::At;
using testing::Count;
using testing::Holds;
using testing::InsertOccurrence;
using testing::LastPayloadField;
using testing::Req;
using testing::ResidentPhone;

class SignUpTest : public testing::RulesTest {
 protected:
  SignUpTest() { InsertOccurrence(db_, 10, 1, "2026-11-27T16:30", "2026-11-27T18:00"); }

  SignUpOutcome SignUpAt(SignUpRequest request, const std::string& now = "2026-11-26T10:00") {
    return SignUp(db_, request, At(now), kDemoPhoneHashKey);
  }
  SignUpRefusal RefusalOf(const SignUpOutcome& outcome) {
    const auto* refused = std::get_if<SignUpRefused>(&outcome);
    EXPECT_NE(refused, nullptr);
    return refused != nullptr ? refused->reason : SignUpRefusal::kOccurrenceGone;
  }
};

TEST_F(SignUpTest, ConfirmedWithACodeAndRecordedWithItsOperation) {
  const SignUpOutcome outcome = SignUpAt(Req(10, "13812345678", "张伟军"));
  ASSERT_TRUE(Holds<SignUpConfirmed>(outcome));
  const auto& confirmed = std::get<SignUpConfirmed>(outcome);
  EXPECT_EQ(confirmed.signup_id, "K01-1");
  EXPECT_TRUE(IsWellFormedConfirmationCode(confirmed.confirmation_code));

  db::Statement row(
      db_,
      "SELECT origin_kiosk, created_at, status, display_name, phone_last4, confirmation_code, role "
      "FROM signups WHERE id = 'K01-1'");
  ASSERT_TRUE(row.Step());
  EXPECT_EQ(row.ColumnText(0), "K01");
  EXPECT_EQ(row.ColumnText(1), "2026-11-26T10:00");
  EXPECT_EQ(row.ColumnText(2), "confirmed");
  EXPECT_EQ(row.ColumnText(3), "张伟军");
  EXPECT_EQ(row.ColumnText(4), "5678");
  EXPECT_EQ(row.ColumnText(5), confirmed.confirmation_code);
  EXPECT_EQ(row.ColumnText(6), "resident");

  EXPECT_EQ(Count(db_, "SELECT count(*) FROM outbox"), 1);
  EXPECT_EQ(testing::OutboxCount(db_, "signup"), 1);
  EXPECT_EQ(LastPayloadField(db_, "signup_id"), "K01-1");
  EXPECT_EQ(LastPayloadField(db_, "occurrence_id"), "10");
  EXPECT_EQ(LastPayloadField(db_, "event_uid"), "happy-430");
  EXPECT_EQ(LastPayloadField(db_, "phone_hash"), PhoneHash("13812345678", kDemoPhoneHashKey));
  EXPECT_EQ(LastPayloadField(db_, "phone_last4"), "5678");
  EXPECT_EQ(LastPayloadField(db_, "confirmation_code"), confirmed.confirmation_code);
  EXPECT_NE(Count(db_, "SELECT count(*) FROM outbox WHERE op_id <> 'K01-1'"), 0);  // op id is its own
}

TEST_F(SignUpTest, TheClearPhoneNumberIsStoredNowhere) {
  SignUpAt(Req(10, "13812345678", "张伟军"));
  SignUpAt(Req(10, "13812345678"));  // and not through a repeat either
  for (const char* sql :
       {"SELECT count(*) FROM outbox WHERE instr(payload, '13812345678') > 0",
        "SELECT count(*) FROM signups WHERE instr(phone_hash || coalesce(display_name, ''), "
        "'1381234') > 0"}) {
    EXPECT_EQ(Count(db_, sql), 0) << sql;
  }
}

TEST_F(SignUpTest, SecondSignUpWithTheSamePhoneIsTheSameSignUp) {
  const SignUpOutcome first = SignUpAt(Req(10, ResidentPhone(1), "张伟军"));
  // A double tap in the same frame, and a second visit later with another name.
  const SignUpOutcome tap = SignUpAt(Req(10, ResidentPhone(1), "张伟军"));
  const SignUpOutcome later = SignUpAt(Req(10, ResidentPhone(1), "别人"), "2026-11-27T09:00");
  for (const SignUpOutcome* again : {&tap, &later}) {
    ASSERT_TRUE(Holds<AlreadySignedUp>(*again));
    const auto& existing = std::get<AlreadySignedUp>(*again);
    EXPECT_EQ(existing.signup_id, std::get<SignUpConfirmed>(first).signup_id);
    EXPECT_EQ(existing.status, LiveStatus::kConfirmed);
    EXPECT_EQ(existing.confirmation_code, std::get<SignUpConfirmed>(first).confirmation_code);
  }
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM signups"), 1);
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM outbox"), 1);
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM signups WHERE display_name = '张伟军'"), 1);
}

TEST_F(SignUpTest, AfterCancellingTheSamePhoneMaySignUpAgain) {
  const auto first = std::get<SignUpConfirmed>(SignUpAt(Req(10, ResidentPhone(1))));
  ASSERT_TRUE(Holds<SignUpCancelled>(CancelSignUp(db_, first.signup_id, At("2026-11-26T11:00"))));
  const SignUpOutcome again = SignUpAt(Req(10, ResidentPhone(1)), "2026-11-26T12:00");
  ASSERT_TRUE(Holds<SignUpConfirmed>(again));
  EXPECT_NE(std::get<SignUpConfirmed>(again).signup_id, first.signup_id);
  EXPECT_NE(std::get<SignUpConfirmed>(again).confirmation_code, first.confirmation_code);
}

TEST_F(SignUpTest, InvalidPhonesAreRefusedWithNoPartialRecord) {
  for (const char* phone : {"13812345", "138123456789", "1381234567a", "12812345678", "", "138 1234 5678",
                            "+8613812345678", "10812345678"}) {
    EXPECT_EQ(RefusalOf(SignUpAt(Req(10, phone))), SignUpRefusal::kInvalidPhone) << phone;
  }
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM signups"), 0);
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM outbox"), 0);
  EXPECT_EQ(Count(db_, "SELECT value FROM meta WHERE key = 'next_seq'"), 1);  // no id was used up
}

TEST_F(SignUpTest, NameIsOptionalAndCheckedWhenGiven) {
  ASSERT_TRUE(Holds<SignUpConfirmed>(SignUpAt(Req(10, ResidentPhone(1), std::nullopt))));
  ASSERT_TRUE(Holds<SignUpConfirmed>(SignUpAt(Req(10, ResidentPhone(2), "   "))));
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM signups WHERE display_name IS NULL"), 2);
  EXPECT_EQ(RefusalOf(SignUpAt(Req(10, ResidentPhone(3), "张\x01"))), SignUpRefusal::kInvalidName);
  EXPECT_EQ(RefusalOf(SignUpAt(Req(10, ResidentPhone(3), std::string(21, 'a')))),
            SignUpRefusal::kInvalidName);
  EXPECT_EQ(LastPayloadField(db_, "display_name"), "<null>");
}

TEST_F(SignUpTest, VolunteersServeWithoutTakingAResidentsSeat) {
  SetCapacity(1);
  ASSERT_TRUE(Holds<SignUpConfirmed>(SignUpAt(Req(10, ResidentPhone(1)))));
  const SignUpOutcome volunteer = SignUpAt(Req(10, "13900000001", std::nullopt, SignUpRole::kVolunteer));
  ASSERT_TRUE(Holds<SignUpConfirmed>(volunteer));
  EXPECT_EQ(Count(db_, "SELECT volunteer_id FROM signups WHERE role = 'volunteer'"), 1);
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM signups WHERE display_name = '张伟军'"), 1);  // roster name
  EXPECT_EQ(LastPayloadField(db_, "role"), "volunteer");
  EXPECT_EQ(LastPayloadField(db_, "volunteer_id"), "1");
  const Availability availability = CheckAvailability(db_, 10, At("2026-11-26T10:00"));
  EXPECT_EQ(availability.seats.confirmed, 1);
  EXPECT_TRUE(availability.seats.Full());
}

TEST_F(SignUpTest, OnlyActiveRosterVolunteersSignUpToServe) {
  EXPECT_EQ(RefusalOf(SignUpAt(Req(10, ResidentPhone(1), std::nullopt, SignUpRole::kVolunteer))),
            SignUpRefusal::kNotAVolunteer);
  EXPECT_EQ(RefusalOf(SignUpAt(Req(10, "13900000002", std::nullopt, SignUpRole::kVolunteer))),
            SignUpRefusal::kNotAVolunteer);  // 李娜 is inactive
}

TEST_F(SignUpTest, AFailedWriteLeavesNoPartialRecord) {
  // The outbox refuses the operation (as a full disk would): the sign-up row must go too.
  db_.Exec(
      "CREATE TEMP TRIGGER outbox_fails BEFORE INSERT ON main.outbox BEGIN SELECT RAISE(ABORT, 'disk full'); "
      "END");
  EXPECT_THROW(SignUpAt(Req(10, ResidentPhone(1))), db::SqliteError);
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM signups"), 0);
  EXPECT_EQ(Count(db_, "SELECT value FROM meta WHERE key = 'next_seq'"), 1);
  db_.Exec("DROP TRIGGER outbox_fails");
  EXPECT_TRUE(Holds<SignUpConfirmed>(SignUpAt(Req(10, ResidentPhone(1)))));
}

TEST_F(SignUpTest, NoCapacityMeansNoLimit) {
  SetCapacity(std::nullopt);
  for (int i = 1; i <= 50; ++i) ASSERT_TRUE(Holds<SignUpConfirmed>(SignUpAt(Req(10, ResidentPhone(i))))) << i;
  const Availability availability = CheckAvailability(db_, 10, At("2026-11-26T10:00"));
  EXPECT_FALSE(availability.seats.Left().has_value());
  EXPECT_FALSE(availability.seats.Full());
  EXPECT_EQ(availability.seats.confirmed, 50);
}

}  // namespace
}  // namespace kiosk
