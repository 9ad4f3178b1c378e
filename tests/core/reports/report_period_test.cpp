// tests/core/reports/report_period_test.cpp — a report's days from --month or --from/--to, and
// the one bilingual line for each bad value.
#include "kiosk/core/reports/report_period.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "kiosk/core/reports/csv_report.h"

namespace kiosk {
namespace {

std::string Refusal(const ReportPeriodArguments& arguments) {
  try {
    ParseReportPeriod(arguments);
  } catch (const ReportArgumentError& error) {
    return error.what();
  }
  return "<accepted>";
}

TEST(ReportPeriodTest, MonthCoversItsDays) {
  const ReportPeriod february = MonthPeriod("2028-02");
  EXPECT_EQ(february.first.Iso(), "2028-02-01");
  EXPECT_EQ(february.last.Iso(), "2028-02-29");
  EXPECT_EQ(february.Label(), "2028-02");
  EXPECT_EQ(DayPeriod("2026-11-03", "2026-11-30").Label(), "2026-11-03_2026-11-30");
  EXPECT_EQ(ParseReportPeriod({"", "2026-11-01", "2026-11-30"}).Label(), "2026-11");
}

TEST(ReportPeriodTest, BadValuesAreOneBilingualLine) {
  EXPECT_EQ(
      Refusal({"2026-13", "", ""}),
      "--month 应为年月 YYYY-MM（月份 01–12），而不是 \"2026-13\" / --month must be a month like 2026-11 "
      "(01-12), not \"2026-13\"");
  for (const char* month : {"2026-1", "202611", "2026-00", "1899-12", "2201-01", "2026-11-01", "abcd-ef"})
    EXPECT_NE(Refusal({month, "", ""}).find("--month must be a month"), std::string::npos) << month;
  EXPECT_EQ(Refusal({"", "2026-11-30", "2026-11-01"}),
            "--from 2026-11-30 晚于 --to 2026-11-01 / --from "
            "2026-11-30 is after --to 2026-11-01");
  EXPECT_NE(Refusal({"", "2026-02-30", "2026-03-01"}).find("--from must be a real day"), std::string::npos);
  EXPECT_NE(Refusal({"", "2026-02-01", "2026-3-01"}).find("--to must be a real day"), std::string::npos);
  EXPECT_NE(Refusal({"", "2026-02-01", ""}).find("give --month YYYY-MM, or both --from and --to"),
            std::string::npos);
  EXPECT_NE(Refusal({"", "", ""}).find("give --month"), std::string::npos);
  EXPECT_NE(Refusal({"2026-11", "2026-11-01", "2026-11-30"}).find("not both"), std::string::npos);
}

TEST(CsvReportTest, HoursRoundToTwoDecimals) {
  EXPECT_EQ(HoursCell(0), "0.00");
  EXPECT_EQ(HoursCell(1), "0.02");  // 1.67 hundredths, rounded up
  EXPECT_EQ(HoursCell(65), "1.08");
  EXPECT_EQ(HoursCell(90), "1.50");
  EXPECT_EQ(HoursCell(600000), "10000.00");
}

TEST(CsvReportTest, WritesWholeFileOrComplains) {
  const auto folder = std::filesystem::temp_directory_path() / "kiosk_core_CsvReportTest";
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  CsvReport report;
  report.Row({"a", "=b"});
  WriteReport(report.text(), folder / "r.csv", stdout);
  std::ifstream in(folder / "r.csv", std::ios::binary);
  EXPECT_EQ(std::string(std::istreambuf_iterator<char>(in), {}),
            "\xEF\xBB\xBF"
            "a,'=b\r\n");
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(folder), {}), 1);  // no temp file left
  EXPECT_THROW(WriteReport(report.text(), folder / "missing" / "r.csv", stdout), std::runtime_error);
  std::filesystem::remove_all(folder);
}

}  // namespace
}  // namespace kiosk
