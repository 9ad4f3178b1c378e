// tests/core/people/roster_test.cpp — finding a volunteer of the demo roster by scanned card or phone.
#include "kiosk/core/people/roster.h"

#include <gtest/gtest.h>

#include "tests/core/core_test_support.h"
#include "kiosk/core/demo/demo_data.h"
#include "kiosk/core/people/phone_hash.h"

namespace kiosk {
namespace {

class RosterTest : public ::testing::Test {
 protected:
  RosterTest() { LoadDemoData(db_, KIOSK_DEMO_DIR, LocalDate{2026, 11, 27}); }
  db::Database db_ = OpenKioskDatabase(":memory:", true);
};

TEST_F(RosterTest, ScannedCardFindsTheVolunteer) {
  const RosterResult found = RosterLookup(db_, ParseScannedCode("V0001\n"), kDemoPhoneHashKey);
  ASSERT_TRUE(std::holds_alternative<Volunteer>(found));
  const Volunteer& volunteer = std::get<Volunteer>(found);
  EXPECT_EQ(volunteer.volunteer_code, "V0001");
  EXPECT_EQ(volunteer.display_name, "张伟");
  EXPECT_EQ(volunteer.masked_name, "张*");
  EXPECT_EQ(volunteer.phone_last4, "0001");
  EXPECT_FALSE(volunteer.team.empty());
}

TEST_F(RosterTest, TypedPhoneFindsTheSameVolunteerByItsHash) {
  const RosterResult by_phone = RosterLookup(db_, ParseScannedCode("13900000001"), kDemoPhoneHashKey);
  ASSERT_TRUE(std::holds_alternative<Volunteer>(by_phone));
  EXPECT_EQ(std::get<Volunteer>(by_phone).volunteer_code, "V0001");
  // The roster holds no clear number to match against.
  EXPECT_EQ(db::QueryInt(db_, "SELECT count(*) FROM volunteers WHERE instr(phone_hash, '13900000001') > 0"),
            0);
}

TEST_F(RosterTest, UnknownCodeOrPhoneIsNotFound) {
  EXPECT_EQ(std::get<RosterMiss>(RosterLookup(db_, ParseScannedCode("V9999"), kDemoPhoneHashKey)),
            RosterMiss::kNotFound);
  EXPECT_EQ(std::get<RosterMiss>(RosterLookup(db_, ParseScannedCode("13812345678"), kDemoPhoneHashKey)),
            RosterMiss::kNotFound);
  EXPECT_EQ(std::get<RosterMiss>(RosterLookup(db_, ParseScannedCode("V00A1"), kDemoPhoneHashKey)),
            RosterMiss::kNotFound);
  // A different hash key (another deployment) does not find the demo volunteers.
  EXPECT_EQ(std::get<RosterMiss>(FindVolunteerByPhone(db_, "13900000001", "another-key-of-16-bytes-or-more")),
            RosterMiss::kNotFound);
}

TEST_F(RosterTest, InactiveVolunteerIsToldApart) {
  db_.Exec("UPDATE volunteers SET active = 0 WHERE volunteer_code = 'V0002'");
  EXPECT_EQ(std::get<RosterMiss>(FindVolunteerByCode(db_, "V0002")), RosterMiss::kInactive);
}

}  // namespace
}  // namespace kiosk
