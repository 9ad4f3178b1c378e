// tests/core/storage/confirmation_codes_test.cpp — codes a resident can read back without confusing
// 0/O or 1/I/L.
#include "kiosk/core/storage/confirmation_codes.h"

#include <gtest/gtest.h>

#include <set>

namespace kiosk {
namespace {

TEST(ConfirmationCodes, SixCharactersWithoutLookAlikes) {
  for (int i = 0; i < 2000; ++i) {
    const std::string code = NewConfirmationCode();
    ASSERT_TRUE(IsWellFormedConfirmationCode(code)) << code;
    EXPECT_EQ(code.find_first_of("01OIL"), std::string::npos) << code;
  }
}

TEST(ConfirmationCodes, DrawnAtRandom) {
  std::set<std::string> codes;
  for (int i = 0; i < 1000; ++i) codes.insert(NewConfirmationCode());
  EXPECT_GT(codes.size(), 995u);  // 887M possible codes: a few collisions in 1000 would mean a broken RNG
}

TEST(ConfirmationCodes, WellFormedCheck) {
  EXPECT_TRUE(IsWellFormedConfirmationCode("K7MQ3X"));
  EXPECT_FALSE(IsWellFormedConfirmationCode("K7MQ3"));
  EXPECT_FALSE(IsWellFormedConfirmationCode("K7MQ3O"));
  EXPECT_FALSE(IsWellFormedConfirmationCode("k7mq3x"));
}

}  // namespace
}  // namespace kiosk
