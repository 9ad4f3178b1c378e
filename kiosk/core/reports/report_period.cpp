// kiosk/core/reports/report_period.cpp — a report's days from --month or --from/--to.
#include "kiosk/core/reports/report_period.h"

#include <optional>

namespace kiosk {

namespace {

constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2200;

std::string Quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

LocalDate ParseDay(std::string_view text, const char* option) {
  const std::optional<LocalDate> day = LocalDate::ParseIso(text);
  if (!day || day->year > kLastYear) {
    throw ReportArgumentError(
        std::string(option) + " 应为真实的日期 YYYY-MM-DD，而不是 " + Quoted(text),
        std::string(option) + " must be a real day like 2026-11-27, not " + Quoted(text));
  }
  return *day;
}

}  // namespace

ReportArgumentError::ReportArgumentError(const std::string& zh, const std::string& en)
    : std::runtime_error(zh + " / " + en) {}

std::string ReportPeriod::Label() const {
  const bool whole_month = first.day == 1 && last.year == first.year && last.month == first.month &&
                           last.day == first.DaysInMonth();
  return whole_month ? first.Iso().substr(0, 7) : first.Iso() + "_" + last.Iso();
}

ReportPeriod MonthPeriod(std::string_view month) {
  // The first day of the month must be a real day: "2026-13-01" and "2026-1-01" are not.
  const std::optional<LocalDate> first =
      month.size() == 7 ? LocalDate::ParseIso(std::string(month) + "-01") : std::nullopt;
  if (!first || first->year < kFirstYear || first->year > kLastYear) {
    throw ReportArgumentError("--month 应为年月 YYYY-MM（月份 01–12），而不是 " + Quoted(month),
                              "--month must be a month like 2026-11 (01-12), not " + Quoted(month));
  }
  return {*first, LocalDate{first->year, first->month, first->DaysInMonth()}};
}

ReportPeriod DayPeriod(std::string_view from, std::string_view to) {
  const LocalDate first = ParseDay(from, "--from");
  const LocalDate last = ParseDay(to, "--to");
  if (first > last) {
    throw ReportArgumentError("--from " + first.Iso() + " 晚于 --to " + last.Iso(),
                              "--from " + first.Iso() + " is after --to " + last.Iso());
  }
  return {first, last};
}

ReportPeriod ParseReportPeriod(const ReportPeriodArguments& arguments) {
  const bool month = !arguments.month.empty();
  const bool from = !arguments.from.empty();
  const bool to = !arguments.to.empty();
  if (month && (from || to)) {
    throw ReportArgumentError("--month 与 --from/--to 只能选一种",
                              "give either --month or --from/--to, not both");
  }
  if (month) return MonthPeriod(arguments.month);
  if (from && to) return DayPeriod(arguments.from, arguments.to);
  throw ReportArgumentError("请给出 --month YYYY-MM，或同时给出 --from 和 --to",
                            "give --month YYYY-MM, or both --from and --to");
}

}  // namespace kiosk
