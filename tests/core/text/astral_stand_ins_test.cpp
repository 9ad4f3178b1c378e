// tests/core/text/astral_stand_ins_test.cpp — characters above U+FFFF and their private-use
// stand-ins: stable, round-trips, a bounded table whose overflow is the box and is reported once.
#include "kiosk/core/text/astral_stand_ins.h"

#include <gtest/gtest.h>

#include "kiosk/core/text/utf8.h"

namespace kiosk {
namespace {

TEST(AstralStandIns, EachAstralCharacterGetsItsOwnStableCode) {
  AstralStandIns table;
  const char32_t a = table.StandInFor(U'\U00020000');  // 𠀀
  const char32_t b = table.StandInFor(U'\U0002A6A5');  // 𪚥
  const char32_t c = table.StandInFor(U'\U0001F600');  // 😀
  EXPECT_EQ(a, AstralStandIns::kFirst);
  EXPECT_EQ(b, AstralStandIns::kFirst + 1);
  EXPECT_EQ(c, AstralStandIns::kFirst + 2);
  EXPECT_EQ(table.StandInFor(U'\U00020000'), a) << "the same character, the same code";
  EXPECT_EQ(table.StandInFor(U'\U0002A6A5'), b);
  EXPECT_EQ(table.CharacterFor(b), U'\U0002A6A5');
  EXPECT_EQ(table.characters().size(), 3u);
}

TEST(AstralStandIns, SixteenBitCharactersAreTheirOwnCode) {
  AstralStandIns table;
  for (const char32_t c : {U'a', U'张', U'\uFFFD', U'\uE85E', U'\uF2FF', U'\uF8E8', U'\uFFFF'})
    EXPECT_EQ(table.StandInFor(c), c) << static_cast<unsigned>(c);
  EXPECT_TRUE(table.characters().empty());
}

TEST(AstralStandIns, APrivateUseCharacterOfTheTextInTheRangeIsTheBox) {
  AstralStandIns table;
  table.StandInFor(U'\U00020000');  // takes kFirst
  // A title holding U+F301 itself must not show 𠀀.
  EXPECT_EQ(table.StandInFor(AstralStandIns::kFirst), AstralStandIns::kBox);
  EXPECT_EQ(table.StandInFor(AstralStandIns::kLast), AstralStandIns::kBox);
  EXPECT_EQ(table.Shown("\uF301"), "\uF300");
}

TEST(AstralStandIns, ShownRoundTripsThroughReal) {
  AstralStandIns table;
  const std::string title = "𠀀𪚥书法班 😀👍 张𡘙𠮷";
  const std::string shown = table.Shown(title);
  EXPECT_TRUE(IsValidUtf8(shown));
  EXPECT_EQ(CountCodePoints(shown), CountCodePoints(title));
  ForEachCodePoint(shown, [](char32_t c, std::string_view bytes) {
    EXPECT_LE(c, 0xFFFFu);
    EXPECT_LE(bytes.size(), 3u);
  });
  EXPECT_NE(shown.find("书法班 "), std::string::npos);
  EXPECT_EQ(table.Real(shown), title);
  EXPECT_EQ(table.Shown(title), shown) << "stable";
  EXPECT_EQ(table.characters().size(), 6u);
}

TEST(AstralStandIns, TextWithoutAstralCharactersIsUnchanged) {
  AstralStandIns table;
  for (const std::string text : {"", "手工课 10:00", "Café ✓", "\xff\xc0\xaf bad bytes"}) {
    EXPECT_EQ(table.Shown(text), text);
    EXPECT_EQ(table.Real(text), text);
  }
  EXPECT_FALSE(MayNeedStandIns("手工课 10:00 · ✓"));
  EXPECT_TRUE(MayNeedStandIns("😀"));
  // Invalid bytes among astral characters are kept as they were (the renderer shows U+FFFD).
  EXPECT_EQ(table.Real(table.Shown("😀\xff\xc0")), "😀\xff\xc0");
}

TEST(AstralStandIns, AFullTableShowsTheRestAsTheBoxAndSaysSoOnce) {
  std::vector<std::string> reports;
  AstralStandIns table([&](std::string_view line) { reports.emplace_back(line); });
  // More distinct astral characters than there are codes: 6,400 of Extension B.
  std::vector<char32_t> codes;
  for (char32_t c = 0x20000; c < 0x20000 + 6400; ++c) codes.push_back(table.StandInFor(c));
  for (size_t i = 0; i < AstralStandIns::kCapacity; ++i) EXPECT_EQ(codes[i], AstralStandIns::kFirst + i);
  for (size_t i = AstralStandIns::kCapacity; i < codes.size(); ++i)
    ASSERT_EQ(codes[i], AstralStandIns::kBox) << i;
  EXPECT_EQ(table.characters().size(), AstralStandIns::kCapacity);
  ASSERT_EQ(reports.size(), 1u);
  EXPECT_NE(reports[0].find("U+205E7"), std::string::npos) << reports[0];  // the first one left without
  // Those seen before keep their codes; a new one is the box, and nothing more is reported.
  EXPECT_EQ(table.StandInFor(0x20000), AstralStandIns::kFirst);
  EXPECT_EQ(table.StandInFor(U'\U0001F600'), AstralStandIns::kBox);
  EXPECT_EQ(table.Shown("😀"), "\uF300");
  EXPECT_EQ(reports.size(), 1u);
}

}  // namespace
}  // namespace kiosk
