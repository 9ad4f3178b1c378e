// tests/core/reports/hours_report_test.cpp — `report hours`: minutes per volunteer and team in a
// month, with a staff correction, an overnight activity, an auto-closed and an open check-in, and
// the exact CSV bytes a spreadsheet opens; a check-in whose stored time is no minute is left out
// and listed.
#include "kiosk/core/reports/hours_report.h"

#include <gtest/gtest.h>

#include "tests/core/reports/reports_test_support.h"

namespace kiosk {
namespace {

class HoursReportTest : public testing::ReportsTest {};

TEST_F(HoursReportTest, CountsTheMonthOfTheCheckInWithCorrections) {
  const HoursReport report = BuildHoursReport(db_, MonthPeriod("2026-11"));
  ASSERT_EQ(report.volunteers.size(), 3u);
  const VolunteerHoursLine& zhang = report.volunteers[0];
  EXPECT_EQ(zhang.name, "张伟军");
  EXPECT_EQ(zhang.team, "北京感恩基金");
  EXPECT_EQ(zhang.activities, 3);
  EXPECT_EQ(zhang.minutes, 125 + 200 + 60);  // the overnight one whole, in the month it began
  EXPECT_EQ(zhang.auto_closed, 1);
  EXPECT_EQ(zhang.corrected, 0);
  const VolunteerHoursLine& wang = report.volunteers[1];
  EXPECT_EQ(wang.team, "阳光志愿队");
  EXPECT_EQ(wang.minutes, 90);  // the correction's check-out, not the kiosk's 120
  EXPECT_EQ(wang.corrected, 1);
  EXPECT_EQ(wang.auto_closed, 0);  // a correction settles the auto-close
  const VolunteerHoursLine& liu = report.volunteers[2];
  EXPECT_EQ(liu.team, "");
  EXPECT_EQ(liu.minutes, 0);
  EXPECT_EQ(liu.activities, 0);
  EXPECT_EQ(liu.still_open, 1);  // the conflict row and October's count nothing
  EXPECT_EQ(report.total.minutes, 475);
  EXPECT_EQ(report.total.volunteers, 3);
}

TEST_F(HoursReportTest, NextMonthHasOnlyItsOwnCheckIns) {
  const HoursReport december = BuildHoursReport(db_, MonthPeriod("2026-12"));
  ASSERT_EQ(december.volunteers.size(), 1u);
  EXPECT_EQ(december.volunteers[0].volunteer_id, 3);
  EXPECT_EQ(december.volunteers[0].minutes, 60);
  EXPECT_TRUE(BuildHoursReport(db_, MonthPeriod("2027-01")).volunteers.empty());
}

TEST_F(HoursReportTest, CsvBytesAreExact) {
  const std::string expected =
      "\xEF\xBB\xBF"
      "姓名 / name,手机尾号 / phone (last 4),团队 / team,服务活动数 / activities served,服务分钟 / minutes,"
      "服务小时 / hours,其中人工更正 / corrected by staff,其中自动签退 / closed by the kiosk,"
      "未签退 / not checked out\r\n"
      "张伟军,尾号0001,北京感恩基金,3,385,6.42,0,1,0\r\n"
      "\"王\"\"小\"\"明, 二\",尾号0203,阳光志愿队,1,90,1.50,1,0,0\r\n"
      "刘洋,尾号0004,无团队,0,0,0.00,0,0,1\r\n"
      "\r\n"
      "团队 / team,志愿者人数 / volunteers,服务活动数 / activities served,服务分钟 / minutes,服务小时 / "
      "hours\r\n"
      "北京感恩基金,1,3,385,6.42\r\n"
      "阳光志愿队,1,1,90,1.50\r\n"
      "无团队,1,0,0,0.00\r\n"
      "合计 / total,3,4,475,7.92\r\n";
  EXPECT_EQ(HoursReportCsv(BuildHoursReport(db_, MonthPeriod("2026-11"))), expected);
}

TEST_F(HoursReportTest, AnEmptyMonthIsHeadersAndAZeroTotal) {
  const std::string csv = HoursReportCsv(BuildHoursReport(db_, MonthPeriod("2025-01")));
  EXPECT_NE(csv.find("\r\n\r\n团队 / team,"), std::string::npos);
  EXPECT_TRUE(csv.ends_with("合计 / total,0,0,0,0.00\r\n")) << csv;
}

// A check-in stored with a time that is no minute (by hand, or before the schema checked) is
// counted nowhere and listed under the tables for the office to correct; the report is written.
TEST_F(HoursReportTest, ACheckInWithAnUnreadableTimeIsLeftOutAndListed) {
  Checkin("K01-8", 1, std::nullopt, "2026-11-20T99:99", "2026-11-20T99:99");
  const HoursReport report = BuildHoursReport(db_, MonthPeriod("2026-11"));
  EXPECT_EQ(report.total.minutes, 475);
  EXPECT_EQ(report.total.activities, 4);
  ASSERT_EQ(report.left_out.size(), 1u);
  EXPECT_EQ(report.left_out[0], "K01-8 2026-11-20T99:99 – 2026-11-20T99:99");
  EXPECT_TRUE(
      HoursReportCsv(report).ends_with("合计 / total,3,4,475,7.92\r\n\r\n"
                                       "未计入：签到时间无法识别，请更正 / left out: check-ins whose stored "
                                       "times cannot be read; please correct "
                                       "them\r\nK01-8 2026-11-20T99:99 – 2026-11-20T99:99\r\n"))
      << HoursReportCsv(report);
  EXPECT_TRUE(BuildHoursReport(db_, MonthPeriod("2026-12")).left_out.empty());
}

}  // namespace
}  // namespace kiosk
