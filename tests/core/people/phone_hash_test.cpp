// tests/core/people/phone_hash_test.cpp — what the keypad accepts as a phone number, and that a stored
// phone is a keyed hash nobody can reverse without the key.
#include "kiosk/core/people/phone_hash.h"

#include <gtest/gtest.h>

namespace kiosk {
namespace {

TEST(PhoneValidation, AcceptsMainlandMobiles) {
  for (const char* good : {"13900000001", "15012345678", "18628001234", "19912345678", "17700000000"}) {
    EXPECT_TRUE(IsValidMainlandMobile(good)) << good;
  }
}

TEST(PhoneValidation, RejectsEverythingElse) {
  for (const char* bad :
       {"12345678", "1390000000", "139000000012", "12912345678", "10012345678", "23912345678", "1390000000a",
        "139 0000 000", "+8613900000001", "", "１３９００００００００"}) {
    EXPECT_FALSE(IsValidMainlandMobile(bad)) << bad;
  }
}

TEST(PhoneHash, IsStableHexAndDependsOnKeyAndNumber) {
  const std::string hash = PhoneHash("13900000001", kDemoPhoneHashKey);
  EXPECT_EQ(hash.size(), 64u);
  EXPECT_EQ(hash.find_first_not_of("0123456789abcdef"), std::string::npos);
  EXPECT_EQ(hash, PhoneHash("13900000001", kDemoPhoneHashKey));
  EXPECT_NE(hash, PhoneHash("13900000002", kDemoPhoneHashKey));
  EXPECT_NE(hash, PhoneHash("13900000001", "another-centre-key-0123456789"));
  EXPECT_EQ(hash.find("13900000001"), std::string::npos);
}

TEST(PhoneHash, RejectsKeysOutsideLibsodiumLimits) {
  EXPECT_THROW(PhoneHash("13900000001", "short"), PhoneHashError);
  EXPECT_THROW(PhoneHash("13900000001", std::string(65, 'k')), PhoneHashError);
  EXPECT_NO_THROW(PhoneHash("13900000001", std::string(16, 'k')));
}

TEST(PhoneHash, LastFourForTheMaskedConfirmation) {
  EXPECT_EQ(PhoneLast4("13900001234"), "1234");
  EXPECT_EQ(PhoneLast4("123"), "");
}

}  // namespace
}  // namespace kiosk
