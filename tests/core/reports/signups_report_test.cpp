// tests/core/reports/signups_report_test.cpp — `report signups`: per activity in a period, the
// seats as the kiosks count them, volunteers checked in, conflicts, cancelled ones marked, and the
// exact CSV bytes (a title starting with '=' is shown, never evaluated).
#include "kiosk/core/reports/signups_report.h"

#include <gtest/gtest.h>

#include "tests/core/reports/reports_test_support.h"

namespace kiosk {
namespace {

class SignupsReportTest : public testing::ReportsTest {};

TEST_F(SignupsReportTest, CountsPerActivityInThePeriod) {
  const auto lines = BuildSignupsReport(db_, DayPeriod("2026-11-03", "2026-11-30"));
  ASSERT_EQ(lines.size(), 6u);  // December's and October's are outside
  const ActivitySignupsLine& sum = lines[1];
  EXPECT_EQ(sum.title, "=SUM(A1:A2)");
  EXPECT_EQ(sum.seats.capacity, 2);
  EXPECT_EQ(sum.seats.confirmed, 2);
  EXPECT_EQ(sum.seats.waitlisted, 1);
  EXPECT_EQ(sum.conflicts, 1);
  EXPECT_EQ(lines[0].volunteers_checked_in, 2);  // the conflict check-in is not one
  EXPECT_TRUE(lines[2].cancelled);
}

TEST_F(SignupsReportTest, OneDayPeriodIncludesThatDayOnly) {
  const auto lines = BuildSignupsReport(db_, DayPeriod("2026-12-01", "2026-12-01"));
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].start.Iso(), "2026-12-01T09:00");
}

TEST_F(SignupsReportTest, CsvBytesAreExact) {
  const std::string expected =
      "\xEF\xBB\xBF"
      "日期 / date,时间 / time,活动 / activity,社区 / site,名额 / capacity,已报名 / signed up,候补 / "
      "waitlisted,"
      "志愿者签到 / volunteers checked in,冲突 / conflicts,状态 / status\r\n"
      "2026-11-03,09:00-11:00,平安巡逻,福圣社区,不限,0,0,2,0,正常\r\n"
      "2026-11-05,14:00-16:00,'=SUM(A1:A2),福圣社区,2,2,1,0,1,正常\r\n"
      "2026-11-06,16:30-18:00,快乐4点半,福圣社区,20,0,0,0,0,已取消\r\n"
      "2026-11-07,全天,快乐4点半,福圣社区,20,0,0,0,0,正常\r\n"
      "2026-11-08,全天至2026-11-09,快乐4点半,福圣社区,20,0,0,0,0,正常\r\n"
      "2026-11-30,22:00-次日01:00,平安巡逻,福圣社区,不限,0,0,2,0,正常\r\n";
  EXPECT_EQ(SignupsReportCsv(BuildSignupsReport(db_, DayPeriod("2026-11-03", "2026-11-30"))), expected);
}

}  // namespace
}  // namespace kiosk
