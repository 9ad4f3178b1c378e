// kiosk/core/reports/ratings_report.cpp — counting ratings per flow and community, and their CSV.
#include "kiosk/core/reports/ratings_report.h"

#include <map>
#include <tuple>
#include <utility>

#include "kiosk/core/reports/csv_report.h"

namespace kiosk {
namespace {

constexpr std::array<RatedFlow, 4> kFlows = {RatedFlow::kSignup, RatedFlow::kBooking, RatedFlow::kCheckin,
                                             RatedFlow::kCheckout};
constexpr std::array<RatingChoice, 3> kChoices = {RatingChoice::kSatisfied, RatingChoice::kFair,
                                                  RatingChoice::kUnsatisfied};
constexpr std::array<RatingReason, 5> kReasons = {RatingReason::kWaitedTooLong, RatingReason::kHardToUse,
                                                  RatingReason::kTextTooSmall,
                                                  RatingReason::kInformationUnclear, RatingReason::kOther};

const char* FlowCell(RatedFlow flow) {
  switch (flow) {
    case RatedFlow::kSignup:
      return "报名 / sign-up";
    case RatedFlow::kBooking:
      return "预约调解室 / room booking";
    case RatedFlow::kCheckin:
      return "志愿者签到 / volunteer check-in";
    case RatedFlow::kCheckout:
      return "志愿者签退 / volunteer check-out";
  }
  return "";
}

template <typename Enum, size_t N>
size_t IndexOf(const std::array<Enum, N>& values, std::string_view name, std::string_view (*name_of)(Enum)) {
  for (size_t i = 0; i < N; ++i)
    if (name_of(values[i]) == name) return i;
  return N;
}

}  // namespace

std::vector<RatingsLine> BuildRatingsReport(db::Database& db, const ReportPeriod& period) {
  db::Statement query(db, R"sql(
    SELECT r.flow, CASE WHEN r.site_code = '' THEN '未知' ELSE coalesce(s.name_zh, r.site_code) END AS site,
           r.choice, coalesce(r.reason, ''), count(*)
      FROM ratings r LEFT JOIN sites s ON s.code = r.site_code
     WHERE r.rated_at >= ?1 AND r.rated_at < ?2
     GROUP BY 1, 2, 3, 4)sql");
  query.BindAll(period.first.Iso(), period.last.AddDays(1).Iso());
  std::map<std::pair<size_t, std::string>, RatingsLine> lines;
  while (query.Step()) {
    const size_t flow = IndexOf(kFlows, query.ColumnText(0), &RatedFlowName);
    const size_t choice = IndexOf(kChoices, query.ColumnText(2), &RatingChoiceName);
    if (flow == kFlows.size() || choice == kChoices.size()) continue;  // the schema's CHECK allows none
    RatingsLine& line = lines[{flow, query.ColumnText(1)}];
    line.flow = kFlows[flow];
    line.site = query.ColumnText(1);
    const int64_t n = query.ColumnInt(4);
    line.choices[choice] += n;
    const std::string reason = query.ColumnText(3);
    const size_t reason_index = IndexOf(kReasons, reason, &RatingReasonName);
    if (reason_index < kReasons.size())
      line.reasons[reason_index] += n;
    else if (kChoices[choice] != RatingChoice::kSatisfied)
      line.no_reason += n;
    line.total += n;
  }
  std::vector<RatingsLine> ordered;
  for (auto& [key, line] : lines) ordered.push_back(std::move(line));
  return ordered;
}

std::string RatingsReportCsv(const std::vector<RatingsLine>& lines) {
  CsvReport csv;
  csv.Row({"服务 / flow", "社区 / site", "满意 / satisfied", "基本满意 / fair", "不满意 / unsatisfied",
           "等候太久 / waited too long", "操作太难 / hard to use", "字太小 / text too small",
           "信息不清楚 / unclear information", "其他 / other", "未选原因 / no reason", "合计 / total"});
  RatingsLine sum;
  const auto cells = [](const std::string& flow, const std::string& site, const RatingsLine& line) {
    std::vector<std::string> row = {flow, site};
    for (const int64_t n : line.choices) row.push_back(std::to_string(n));
    for (const int64_t n : line.reasons) row.push_back(std::to_string(n));
    row.push_back(std::to_string(line.no_reason));
    row.push_back(std::to_string(line.total));
    return row;
  };
  for (const RatingsLine& line : lines) {
    csv.Row(cells(FlowCell(line.flow), line.site, line));
    for (size_t i = 0; i < sum.choices.size(); ++i) sum.choices[i] += line.choices[i];
    for (size_t i = 0; i < sum.reasons.size(); ++i) sum.reasons[i] += line.reasons[i];
    sum.no_reason += line.no_reason;
    sum.total += line.total;
  }
  csv.Row(cells("合计 / total", "", sum));
  return csv.text();
}

}  // namespace kiosk
