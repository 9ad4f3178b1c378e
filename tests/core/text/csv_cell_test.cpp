// tests/core/text/csv_cell_test.cpp — CSV cells that a spreadsheet opens as text: formulas are
// defused with a leading apostrophe, quoting follows RFC 4180, and the result reads back verbatim.
#include "kiosk/core/text/csv_cell.h"

#include <gtest/gtest.h>

#include "kiosk/core/text/csv_records.h"

namespace kiosk {
namespace {

TEST(CsvCell, FormulasAreShownNotEvaluated) {
  EXPECT_EQ(SpreadsheetCsvCell("=1+1"), "'=1+1");
  EXPECT_EQ(SpreadsheetCsvCell("+86 138"), "'+86 138");
  EXPECT_EQ(SpreadsheetCsvCell("-2+3"), "'-2+3");
  EXPECT_EQ(SpreadsheetCsvCell("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(SpreadsheetCsvCell("\t=1"), "'\t=1");
  EXPECT_EQ(SpreadsheetCsvCell("\r=1"), "\"'\r=1\"");
  EXPECT_EQ(SpreadsheetCsvCell("=HYPERLINK(\"http://x\",\"点我\")"),
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\"");
}

TEST(CsvCell, PlainTextStaysPlainAndQuotingRoundTrips) {
  EXPECT_EQ(SpreadsheetCsvCell("坝坝会·党群议事"), "坝坝会·党群议事");
  EXPECT_EQ(SpreadsheetCsvCell("2026-11-27T16:30"), "2026-11-27T16:30");
  EXPECT_EQ(SpreadsheetCsvCell(""), "");
  const std::string line = SpreadsheetCsvCell("a, \"b\"\nc") + "," + SpreadsheetCsvCell("=x");
  const auto records = SplitCsvRecords(std::string(kCsvUtf8Bom) + line + "\r\n");
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].cells, (std::vector<std::string>{"a, \"b\"\nc", "'=x"}));
}

}  // namespace
}  // namespace kiosk
