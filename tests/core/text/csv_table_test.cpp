// tests/core/text/csv_table_test.cpp — the demo files' CSV reader: quoting, comments, and errors that
// point at the file and line a person must fix.
#include "kiosk/core/text/csv_table.h"

#include <gtest/gtest.h>

namespace kiosk {
namespace {

TEST(CsvTable, ReadsQuotedCellsCommentsAndLineNumbers) {
  const CsvTable table = CsvTable::Parse(
      "\xEF\xBB\xBF"
      "code,rule,body\r\n# a comment, with a comma\n\nhappy,weekdays,快乐4点半\n"
      "youth,\"weekly:SA,SU\",\"说 \"\"你好\"\"\"\n",
      "events.csv", {"code", "rule"});
  ASSERT_EQ(table.rows().size(), 2u);
  const auto& youth = table.rows()[1];
  EXPECT_EQ(youth.line, 5);
  EXPECT_EQ(table.Cell(youth, "rule"), "weekly:SA,SU");
  EXPECT_EQ(table.Cell(youth, "body"), "说 \"你好\"");
  EXPECT_EQ(table.Cell(table.rows()[0], "body"), "快乐4点半");
}

TEST(CsvTable, LineBreaksInsideQuotesKeepLaterLinesRight) {
  const CsvTable table = CsvTable::Parse(
      "code,body\r\nhall,\"two\r\nlines, one cell\"\r\n  \r\nroom, plain \r\n", "rooms.csv", {"code"});
  ASSERT_EQ(table.rows().size(), 2u);
  EXPECT_EQ(table.Cell(table.rows()[0], "body"), "two\r\nlines, one cell");
  EXPECT_EQ(table.rows()[1].line, 5);
  EXPECT_EQ(table.Cell(table.rows()[1], "body"), "plain");
}

TEST(CsvTable, ErrorsNameFileAndLine) {
  auto message = [](std::string_view text) {
    try {
      CsvTable::Parse(text, "rooms.csv", {"code", "site"});
    } catch (const SourceFileError& error) {
      return std::string(error.what());
    }
    return std::string("(no error)");
  };
  EXPECT_EQ(message("code,site\na,b\nc\n"),
            "rooms.csv:3: 应有 2 列，这一行有 1 列 / expected 2 columns, found 1");
  EXPECT_EQ(message("code\n"), "rooms.csv:1: 表头缺少 \"site\" 列 / header lacks column \"site\"");
  // The line the unclosed quote's record starts on: where a person must look.
  EXPECT_EQ(message("code,site\n\"a,b\n"),
            "rooms.csv:2: 引号没有结束，文件其余部分无法读取 / a quote is never closed; the rest of the file "
            "cannot "
            "be read");
  EXPECT_EQ(message("code,site\n\"a\"b,c\n"),
            "rooms.csv:2: 引号后面多了字符 / characters after a closing quote");
  EXPECT_EQ(message(""), "rooms.csv:1: 缺少表头行 / missing header row");
  EXPECT_EQ(message("# only a comment\n  \n"), "rooms.csv:1: 缺少表头行 / missing header row");
}

TEST(CsvTable, MissingFileIsNamed) {
  EXPECT_THROW(CsvTable::Read("/nonexistent/rooms.csv", {"code"}), SourceFileError);
}

}  // namespace
}  // namespace kiosk
