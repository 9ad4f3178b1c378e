// tests/core/text/utf8_test.cpp — the one UTF-8 decoder: Chinese (also beyond the BMP), emoji, and
// every kind of broken byte a file or a keyboard could bring; counting, cutting and encoding.
#include "kiosk/core/text/utf8.h"

#include <gtest/gtest.h>

#include <vector>

namespace kiosk {
namespace {

std::vector<char32_t> Decoded(std::string_view text) {
  std::vector<char32_t> out;
  ForEachCodePoint(text, [&](char32_t c, std::string_view) { out.push_back(c); });
  return out;
}

TEST(Utf8, DecodesChineseExtensionBAndEmoji) {
  EXPECT_EQ(Decoded("a张"), (std::vector<char32_t>{U'a', U'张'}));
  const Utf8CodePoint ext_b = DecodeUtf8("𠀀x");  // U+20000, four bytes
  EXPECT_TRUE(ext_b.valid);
  EXPECT_EQ(ext_b.value, U'\U00020000');
  EXPECT_EQ(ext_b.length, 4u);
  EXPECT_EQ(Decoded("👍🏻"), (std::vector<char32_t>{U'\U0001F44D', U'\U0001F3FB'}));
  EXPECT_EQ(Decoded("\xF4\x8F\xBF\xBF"), (std::vector<char32_t>{U'\U0010FFFF'}));  // the last code point
  EXPECT_TRUE(IsValidUtf8("快乐4点半 𠀀 👍"));
  EXPECT_TRUE(IsValidUtf8(""));
}

TEST(Utf8, RefusesBrokenSequences) {
  EXPECT_FALSE(IsValidUtf8("\xE5\xBF"));              // 快 cut short
  EXPECT_FALSE(IsValidUtf8("\xF0\xA0\x80"));          // 𠀀 cut short
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));              // overlong '/'
  EXPECT_FALSE(IsValidUtf8("\xE0\x80\xAF"));          // overlong '/' in three bytes
  EXPECT_FALSE(IsValidUtf8("\xF0\x80\x80\xAF"));      // overlong '/' in four bytes
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));          // a UTF-16 high surrogate
  EXPECT_FALSE(IsValidUtf8("\xED\xBF\xBF"));          // a UTF-16 low surrogate
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));      // U+110000, above Unicode
  EXPECT_FALSE(IsValidUtf8("\xF8\x88\x80\x80\x80"));  // a five-byte form
  EXPECT_FALSE(IsValidUtf8("a\x80z"));                // a stray continuation byte
  EXPECT_FALSE(IsValidUtf8("\xFF"));
}

TEST(Utf8, BrokenBytesDecodeAsReplacementAndTheWalkGoesOn) {
  const Utf8CodePoint stray = DecodeUtf8("\x80z");
  EXPECT_FALSE(stray.valid);
  EXPECT_EQ(stray.value, U'\uFFFD');
  EXPECT_EQ(stray.length, 1u);
  EXPECT_EQ(Decoded("a\x80z"), (std::vector<char32_t>{U'a', U'\uFFFD', U'z'}));
  EXPECT_EQ(Decoded("\xE5\xBF"
                    "b"),
            (std::vector<char32_t>{U'\uFFFD', U'b'}));    // truncated 快, then b
  EXPECT_EQ(Decoded("\xED\xA0\x80").front(), U'\uFFFD');  // no surrogate gets through
  std::string bytes;
  ForEachCodePoint("张\x80", [&](char32_t, std::string_view b) { bytes += std::string(b) + "|"; });
  EXPECT_EQ(bytes, "张|\x80|");
}

TEST(Utf8, CountsAndCutsWholeCharacters) {
  EXPECT_EQ(CountCodePoints(""), 0u);
  EXPECT_EQ(CountCodePoints("张伟军"), 3u);
  EXPECT_EQ(CountCodePoints("a𠀀👍"), 3u);
  EXPECT_EQ(CountCodePoints("a\x80"), 2u);  // a broken byte is still something on the screen
  EXPECT_EQ(FirstCodePoints("欧阳娜娜", 2), "欧阳");
  EXPECT_EQ(FirstCodePoints("a𠀀b", 2), "a𠀀");
  EXPECT_EQ(FirstCodePoints("ab", 5), "ab");
  EXPECT_EQ(FirstCodePoints("ab", 0), "");
  EXPECT_EQ(FitUtf8Bytes("张伟军", 7), "张伟");  // 8 bytes would split 军
  EXPECT_EQ(FitUtf8Bytes("张伟军", 9), "张伟军");
  EXPECT_EQ(FitUtf8Bytes("𠀀", 3), "");
  EXPECT_EQ(FitUtf8Bytes("abc", 2), "ab");
}

TEST(Utf8, AppendsEveryLengthAndRefusesNonCharacters) {
  std::string out;
  for (char32_t c : {U'a', U'é', U'张', U'\U00020000', U'\U0001F44D'}) AppendUtf8(out, c);
  EXPECT_EQ(out, "aé张𠀀👍");
  out.clear();
  AppendUtf8(out, 0xD800);
  AppendUtf8(out, 0x110000);
  EXPECT_EQ(out, "\xEF\xBF\xBD\xEF\xBF\xBD");  // U+FFFD twice: never write bytes that are not UTF-8
}

}  // namespace
}  // namespace kiosk
