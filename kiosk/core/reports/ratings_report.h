// kiosk/core/reports/ratings_report.h — `kiosk-office report ratings`: 好差评 in a period, per flow
// (报名 / 预约调解室 / 志愿者签到 / 志愿者签退) and community, as counts.
//
// Rules (what the office reads):
//   * Every rating the office merged whose minute falls on a day of the period (rated_at, the
//     kiosk's local time), by flow then community (the site's Chinese name; its code when the
//     master no longer has it; 未知 when the activity or room was gone at the kiosk).
//   * Per line: how many said 满意, 基本满意, 不满意; how many gave each reason (等候太久, 操作太难,
//     字太小, 信息不清楚, 其他) and how many gave none after 基本满意 or 不满意; and the ratings in all.
//   * A last line 合计 adds every line up. Ratings are anonymous: nothing in the report names a
//     person, an activity's sign-up or a booking.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "kiosk/core/feedback/rating_operation.h"
#include "kiosk/core/reports/report_period.h"
#include "kiosk/core/storage/sqlite.h"

namespace kiosk {

struct RatingsLine {
  RatedFlow flow = RatedFlow::kSignup;
  std::string site;                     // the community's Chinese name
  std::array<int64_t, 3> choices = {};  // by RatingChoice
  std::array<int64_t, 5> reasons = {};  // by RatingReason
  int64_t no_reason = 0;                // 基本满意 or 不满意 without a reason
  int64_t total = 0;
};

// Reads only. Ordered by flow (sign-up, booking, check-in, check-out), then community.
std::vector<RatingsLine> BuildRatingsReport(db::Database& db, const ReportPeriod& period);

// As CSV (csv_report.h): flow, community, the three choices, the five reasons, no reason, total;
// then the 合计 line.
std::string RatingsReportCsv(const std::vector<RatingsLine>& lines);

}  // namespace kiosk
