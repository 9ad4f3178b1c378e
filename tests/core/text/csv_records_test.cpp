// tests/core/text/csv_records_test.cpp — the one CSV splitter: records as Excel and WPS write them,
// each with the physical line it starts on, and the two ways a record can be broken.
#include "kiosk/core/text/csv_records.h"

#include <gtest/gtest.h>

namespace kiosk {
namespace {

using Cells = std::vector<std::string>;

TEST(CsvRecords, QuotedCommasQuotesAndLineBreaksWithLines) {
  const auto records = SplitCsvRecords(
      "\xEF\xBB\xBF"
      "a,b\r\n\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n\"two\r\nlines\",\r\nlast,row");
  ASSERT_EQ(records.size(), 4u);
  EXPECT_EQ(records[0].line, 1);
  EXPECT_EQ(records[0].cells, (Cells{"a", "b"}));  // the byte-order mark is not part of "a"
  EXPECT_EQ(records[1].line, 3);                   // line 2 is blank
  EXPECT_EQ(records[1].cells, (Cells{"x, y", "say \"hi\""}));
  EXPECT_EQ(records[2].line, 4);
  EXPECT_EQ(records[2].cells, (Cells{"two\r\nlines", ""}));
  EXPECT_EQ(records[3].line, 6);  // the line break inside quotes counted
  EXPECT_EQ(records[3].cells, (Cells{"last", "row"}));
  for (const CsvRecord& r : records) EXPECT_FALSE(r.error);
}

TEST(CsvRecords, CellsAreVerbatimAndQuotesMidCellAreText) {
  const auto records = SplitCsvRecords(" a ,5\" screen,\n");
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].cells, (Cells{" a ", "5\" screen", ""}));
}

TEST(CsvRecords, CharactersAfterAClosingQuoteSpoilOnlyThatRecord) {
  const auto records = SplitCsvRecords("\"a\"b,c\nd,e\n");
  ASSERT_EQ(records.size(), 2u);
  ASSERT_TRUE(records[0].error);
  EXPECT_EQ(records[0].error->en, "characters after a closing quote");
  EXPECT_EQ(records[1].line, 2);
  EXPECT_EQ(records[1].cells, (Cells{"d", "e"}));
}

TEST(CsvRecords, AnUnclosedQuoteEndsTheFileAtTheLineItsRecordStarts) {
  const auto records = SplitCsvRecords("a,b\nc,\"open\nmore,text\n");
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[1].line, 2);
  ASSERT_TRUE(records[1].error);
  EXPECT_EQ(records[1].error->zh, "引号没有结束，文件其余部分无法读取");
}

}  // namespace
}  // namespace kiosk
