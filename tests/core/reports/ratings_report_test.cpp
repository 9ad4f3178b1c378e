// tests/core/reports/ratings_report_test.cpp — `kiosk-office report ratings`: ratings merged at the
// office counted per flow and community over the days asked, each choice and reason, and a total
// line, as the exact bytes Excel and WPS get (BOM, CRLF).
#include "kiosk/core/reports/ratings_report.h"

#include <gtest/gtest.h>

#include <string>

#include "kiosk/core/feedback/rating_operation.h"
#include "tests/core/core_test_support.h"
#include "tests/core/rules_test_support.h"

namespace kiosk {
namespace {

class RatingsReportTest : public ::testing::Test {
 protected:
  RatingsReportTest() {
    testing::InsertMinimalCalendar(master_);
    master_.Exec(
        "INSERT INTO sites(id, code, name_zh, name_en, kind) VALUES(2, 'tongan', '同安村', 'Tong''an', "
        "'village')");
  }
  void Rate(const std::string& id, RatedFlow flow, const std::string& site, RatingChoice choice,
            std::optional<RatingReason> reason, const std::string& at) {
    const RatingOp op{
        .rating_id = id,
        .flow = flow,
        .site_code = site,
        .occurrence_id = flow == RatedFlow::kBooking ? std::nullopt : std::optional<int64_t>(10),
        .room_id = flow == RatedFlow::kBooking ? std::optional<int64_t>(1) : std::nullopt,
        .choice = choice,
        .reason = reason,
        .rated_at = testing::At(at)};
    ASSERT_EQ(Apply(master_, op), ApplyResult::kApplied);
  }
  db::Database master_ = OpenKioskDatabase(":memory:", true);
};

TEST_F(RatingsReportTest, CountsEachChoiceAndReasonPerFlowAndCommunityWithATotal) {
  using C = RatingChoice;
  using R = RatingReason;
  Rate("K01-1", RatedFlow::kSignup, "fusheng", C::kSatisfied, std::nullopt, "2026-12-01T09:00");
  Rate("K01-2", RatedFlow::kSignup, "fusheng", C::kUnsatisfied, R::kTextTooSmall, "2026-12-01T09:10");
  Rate("K01-3", RatedFlow::kSignup, "fusheng", C::kFair, std::nullopt, "2026-12-02T10:00");
  Rate("K02-1", RatedFlow::kSignup, "tongan", C::kFair, R::kWaitedTooLong, "2026-12-31T23:59");
  Rate("K01-4", RatedFlow::kBooking, "fusheng", C::kSatisfied, std::nullopt, "2026-12-03T14:00");
  Rate("K01-5", RatedFlow::kCheckout, "", C::kUnsatisfied, R::kOther, "2026-12-04T17:00");
  Rate("K01-6", RatedFlow::kSignup, "fusheng", C::kUnsatisfied, R::kHardToUse, "2026-11-30T23:59");  // before
  Rate("K01-7", RatedFlow::kSignup, "fusheng", C::kUnsatisfied, R::kHardToUse, "2027-01-01T00:00");  // after

  const std::string csv =
      RatingsReportCsv(BuildRatingsReport(master_, DayPeriod("2026-12-01", "2026-12-31")));
  EXPECT_EQ(csv,
            "\xEF\xBB\xBF"
            "服务 / flow,社区 / site,满意 / satisfied,基本满意 / fair,不满意 / unsatisfied,"
            "等候太久 / waited too long,操作太难 / hard to use,字太小 / text too small,"
            "信息不清楚 / unclear information,其他 / other,未选原因 / no reason,合计 / total\r\n"
            "报名 / sign-up,同安村,0,1,0,1,0,0,0,0,0,1\r\n"
            "报名 / sign-up,福圣社区,1,1,1,0,0,1,0,0,1,3\r\n"
            "预约调解室 / room booking,福圣社区,1,0,0,0,0,0,0,0,0,1\r\n"
            "志愿者签退 / volunteer check-out,未知,0,0,1,0,0,0,0,1,0,1\r\n"
            "合计 / total,,2,2,2,1,0,1,0,1,1,6\r\n");
}

TEST_F(RatingsReportTest, APeriodWithoutRatingsHasTheHeaderAndAZeroTotal) {
  const std::string csv =
      RatingsReportCsv(BuildRatingsReport(master_, DayPeriod("2026-12-01", "2026-12-31")));
  EXPECT_EQ(csv.substr(csv.find("\r\n") + 2), "合计 / total,,0,0,0,0,0,0,0,0,0,0\r\n");
}

}  // namespace
}  // namespace kiosk
