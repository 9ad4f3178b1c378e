// tests/core/people/scanned_code_test.cpp — what a USB barcode scanner or the keypad typed at check-in.
#include "kiosk/core/people/scanned_code.h"

#include <gtest/gtest.h>

namespace kiosk {
namespace {

std::string CodeOf(const ScannedCode& scanned) {
  const auto* code = std::get_if<ScannedVolunteerCode>(&scanned);
  return code != nullptr ? code->code : "<not a code>";
}

ScanProblem ProblemOf(const ScannedCode& scanned) {
  const auto* rejected = std::get_if<ScanRejected>(&scanned);
  EXPECT_NE(rejected, nullptr);
  return rejected != nullptr ? rejected->problem : ScanProblem::kEmpty;
}

TEST(ParseScannedCode, VolunteerCardWithTheScannersEnter) {
  EXPECT_EQ(CodeOf(ParseScannedCode("V0001\n")), "V0001");
  EXPECT_EQ(CodeOf(ParseScannedCode("V0001\r\n")), "V0001");
  EXPECT_EQ(CodeOf(ParseScannedCode(" v0012 ")), "V0012");
  EXPECT_EQ(CodeOf(ParseScannedCode("V12345678")), "V12345678");
}

TEST(ParseScannedCode, FullWidthCharactersFromAChineseInputMethod) {
  EXPECT_EQ(CodeOf(ParseScannedCode("\xEF\xBC\xB6\xEF\xBC\x90\xEF\xBC\x90\xEF\xBC\x90\xEF\xBC\x91")),
            "V0001");
  const ScannedCode phone = ParseScannedCode(
      "\xEF\xBC\x91\xEF\xBC\x93\xEF\xBC\x99"
      "00000001");
  ASSERT_TRUE(std::holds_alternative<ScannedPhone>(phone));
  EXPECT_EQ(std::get<ScannedPhone>(phone).digits, "13900000001");
}

TEST(ParseScannedCode, ElevenDigitsAreAPhone) {
  const ScannedCode scanned = ParseScannedCode("13900000001\n");
  ASSERT_TRUE(std::holds_alternative<ScannedPhone>(scanned));
  EXPECT_EQ(std::get<ScannedPhone>(scanned).digits, "13900000001");
}

TEST(ParseScannedCode, WrongDigitCountsAreInvalidPhones) {
  EXPECT_EQ(ProblemOf(ParseScannedCode("13900000")), ScanProblem::kInvalidPhone);      // 8 digits
  EXPECT_EQ(ProblemOf(ParseScannedCode("139000000011")), ScanProblem::kInvalidPhone);  // 12 digits
  EXPECT_EQ(ProblemOf(ParseScannedCode("12900000001")), ScanProblem::kInvalidPhone);   // 12x
}

TEST(ParseScannedCode, LettersWhereDigitsAreExpected) {
  EXPECT_EQ(ProblemOf(ParseScannedCode("V00A1")), ScanProblem::kMalformed);
  EXPECT_EQ(ProblemOf(ParseScannedCode("V001")), ScanProblem::kMalformed);         // too short
  EXPECT_EQ(ProblemOf(ParseScannedCode("V123456789")), ScanProblem::kMalformed);   // too long
  EXPECT_EQ(ProblemOf(ParseScannedCode("1390000O001")), ScanProblem::kMalformed);  // letter O
  EXPECT_EQ(ProblemOf(ParseScannedCode("X0001")), ScanProblem::kMalformed);
  EXPECT_EQ(ProblemOf(ParseScannedCode("V 0001")), ScanProblem::kMalformed);
  EXPECT_EQ(ProblemOf(ParseScannedCode("张伟")), ScanProblem::kMalformed);
}

TEST(ParseScannedCode, OnlyEnterIsEmpty) {
  EXPECT_EQ(ProblemOf(ParseScannedCode("\n")), ScanProblem::kEmpty);
  EXPECT_EQ(ProblemOf(ParseScannedCode("")), ScanProblem::kEmpty);
}

}  // namespace
}  // namespace kiosk
