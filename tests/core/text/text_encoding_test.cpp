// tests/core/text/text_encoding_test.cpp — spreadsheet bytes from Excel/WPS: UTF-8, UTF-8 with BOM
// and GBK all come out as the same UTF-8; bytes that are neither are refused with their line.
#include "kiosk/core/text/text_encoding.h"

#include <gtest/gtest.h>

namespace kiosk {
namespace {

TEST(TextEncoding, Utf8WithAndWithoutBom) {
  const DecodedText plain = DecodeSpreadsheetText("福圣社区,议事");
  EXPECT_EQ(plain.encoding, TextEncoding::kUtf8);
  EXPECT_EQ(plain.utf8, "福圣社区,议事");
  const DecodedText bom = DecodeSpreadsheetText("\xEF\xBB\xBF福圣社区,议事");
  EXPECT_EQ(bom.encoding, TextEncoding::kUtf8WithBom);
  EXPECT_EQ(bom.utf8, "福圣社区,议事");
}

TEST(TextEncoding, GbkBytesBecomeUtf8) {
  // "福圣社区,议事" as Chinese Windows Excel saves it (code page 936).
  const unsigned char gbk[] = {0xB8, 0xA3, 0xCA, 0xA5, 0xC9, 0xE7, 0xC7, 0xF8, 0x2C, 0xD2, 0xE9, 0xCA, 0xC2};
  const DecodedText text =
      DecodeSpreadsheetText(std::string_view(reinterpret_cast<const char*>(gbk), sizeof gbk));
  EXPECT_EQ(text.encoding, TextEncoding::kGbk);
  EXPECT_EQ(text.utf8, "福圣社区,议事");
}

TEST(TextEncoding, NeitherUtf8NorGbkNamesTheLine) {
  // 0x81 starts a two-byte GBK character, but a space can never be its second byte.
  try {
    DecodeSpreadsheetText("a,b\nc,d\n\x81 ,e\n");
    FAIL() << "no error";
  } catch (const TextEncodingError& error) {
    EXPECT_EQ(error.line(), 3);
  }
}

}  // namespace
}  // namespace kiosk
