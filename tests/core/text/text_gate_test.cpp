// tests/core/text/text_gate_test.cpp — the one gate every imported text passes: what it lets through
// (Chinese, Extension B, emoji, line breaks in a body) and what it refuses, each with a reason in
// Chinese and English that never repeats the raw bytes; and error text that always prints whole.
#include "kiosk/core/text/text_gate.h"

#include <gtest/gtest.h>

namespace kiosk {
namespace {

std::string Refusal(std::string_view text, size_t max_chars = 50, TextShape shape = TextShape::kLine) {
  const auto refusal = CheckTextField(text, max_chars, shape);
  return refusal ? refusal->zh + " / " + refusal->en : "";
}

TEST(TextGate, LetsRealTextThrough) {
  EXPECT_EQ(Refusal("快乐4点半 𠀀𪚥 👍 Café"), "");
  EXPECT_EQ(Refusal(""), "");
  EXPECT_EQ(Refusal("第一行\n第二行\r\n第三行", 50, TextShape::kBody), "");
  EXPECT_EQ(Refusal(std::string(50, 'a')), "");
  EXPECT_EQ(Refusal("张张张张张", 5), "");  // the cap counts characters, not bytes
}

TEST(TextGate, RefusesNulAndControlCharactersNamingThem) {
  EXPECT_EQ(
      Refusal(std::string("坝坝会\0", 10)),
      "第 4 个字是看不见的控制字符 U+0000，请删除 / character 4 is the invisible control character U+0000; "
      "delete it");
  EXPECT_NE(Refusal("a\x1B[31mred"), "");                              // a terminal escape
  EXPECT_NE(Refusal("a\x7F"), "");                                     // DEL
  EXPECT_NE(Refusal("a\xC2\x85"), "");                                 // NEL, a C1 control
  EXPECT_NE(Refusal("tab\there"), "");                                 // a tab is refused too
  EXPECT_NE(Refusal("cr\ronly", 50, TextShape::kBody), "");            // CR without LF
  EXPECT_NE(Refusal(std::string("\0", 1), 50, TextShape::kBody), "");  // NUL in a body
  EXPECT_NE(Refusal("a\xE2\x80\xAE"
                    "evil"),
            "");  // U+202E right-to-left override
}

TEST(TextGate, ALineFieldRefusesLineBreaks) {
  EXPECT_EQ(Refusal("标题\n第二行"),
            "第 3 个字是换行，这一项只能写一行 / character 3 is a line break; this field is one line");
  EXPECT_NE(Refusal("标题\xE2\x80\xA8第二行"), "");  // U+2028 line separator
}

TEST(TextGate, RefusesInvalidUtf8WithoutQuotingIt) {
  const std::string gbk_title = "\xBF\xEC\xC0\xD6";  // 快乐 saved as GBK in an .ics
  EXPECT_EQ(Refusal(gbk_title),
            "第 1 个字不是有效的 UTF-8 文字（请用 UTF-8 保存文件） / character 1 is not valid UTF-8 (save "
            "the file as "
            "UTF-8)");
  EXPECT_NE(Refusal("over\xC0\xAFlong"), "");       // overlong '/'
  EXPECT_NE(Refusal("\xED\xA0\x80surrogate"), "");  // UTF-16 surrogate
  EXPECT_NE(Refusal("cut\xE5\xBF"), "");            // truncated at the end
}

TEST(TextGate, RefusesTooLongCheaplyAndByCharacters) {
  EXPECT_EQ(Refusal("张张张张张张", 5), "内容太长（最多 5 字） / text too long (at most 5 characters)");
  const std::string huge(100u * 1024 * 1024, 'x');  // refused on its byte length, before decoding
  EXPECT_EQ(Refusal(huge, 200), "内容太长（最多 200 字） / text too long (at most 200 characters)");
}

TEST(TextGate, PrintableTextEscapesControlsAndReplacesBadBytes) {
  EXPECT_EQ(PrintableText(std::string("a\0b\nc\x1B", 6)), "a\\x00b\\nc\\x1B");
  EXPECT_EQ(PrintableText("坏\xFF字"), "坏\xEF\xBF\xBD字");
  EXPECT_EQ(PrintableText("张𠀀 ok"), "张𠀀 ok");
  EXPECT_EQ(PrintableText("\xE2\x80\xAE"), "\\u202E");
}

}  // namespace
}  // namespace kiosk
