// tests/core/people/names_test.cpp — masked names on the lobby screen and checks on typed names.
#include "kiosk/core/people/names.h"

#include <gtest/gtest.h>

namespace kiosk {
namespace {

TEST(MaskName, ChineseKeepsFirstAndLastCharacter) {
  EXPECT_EQ(MaskName("张伟军"), "张*军");
  EXPECT_EQ(MaskName("欧阳娜娜"), "欧**娜");
  EXPECT_EQ(MaskName("张伟"), "张*");
  EXPECT_EQ(MaskName("张"), "张");
}

TEST(MaskName, LatinKeepsEachWordsInitial) {
  EXPECT_EQ(MaskName("Anna Smith"), "A* S*");
  EXPECT_EQ(MaskName("Anna"), "A*");
  EXPECT_EQ(MaskName("A"), "A");
  EXPECT_EQ(MaskName("Jo A"), "J* A");
}

TEST(MaskName, EmptyAndBrokenTextNeverEchoed) {
  EXPECT_EQ(MaskName(""), "");
  const std::string broken = "\xE5\xBC";  // a truncated 张
  EXPECT_EQ(MaskName(broken), "x*");
}

TEST(CheckDisplayName, TrimsAndCollapsesSpaces) {
  EXPECT_EQ(CheckDisplayName("  张伟军 ").name, "张伟军");
  EXPECT_EQ(CheckDisplayName("\xE3\x80\x80张伟军\xE3\x80\x80").name, "张伟军");  // full-width spaces
  EXPECT_EQ(CheckDisplayName("Anna   Smith").name, "Anna Smith");
}

TEST(CheckDisplayName, NothingTypedIsNoNameAndAllowed) {
  const NameCheck check = CheckDisplayName("   ");
  EXPECT_FALSE(check.name.has_value());
  EXPECT_EQ(check.problem, NameProblem::kNone);
}

TEST(CheckDisplayName, RefusesTooLongAndControlCharacters) {
  std::string twenty_one;
  for (int i = 0; i < 21; ++i) twenty_one += "张";
  EXPECT_EQ(CheckDisplayName(twenty_one).problem, NameProblem::kTooLong);
  EXPECT_EQ(CheckDisplayName(twenty_one.substr(3)).problem, NameProblem::kNone);  // exactly 20
  EXPECT_EQ(CheckDisplayName("张\n伟").problem, NameProblem::kInvalidCharacters);
  EXPECT_EQ(CheckDisplayName("\xC0\x80").problem, NameProblem::kInvalidCharacters);      // overlong NUL
  EXPECT_EQ(CheckDisplayName("\xED\xA0\x80").problem, NameProblem::kInvalidCharacters);  // a surrogate
}

}  // namespace
}  // namespace kiosk
