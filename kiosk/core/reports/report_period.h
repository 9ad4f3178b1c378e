// kiosk/core/reports/report_period.h — which days an office report covers, read from its command
// line: `--month YYYY-MM`, or `--from YYYY-MM-DD --to YYYY-MM-DD` (both days included). Every
// `kiosk-office report …` parses its period here; a bad value is one line, Chinese then English.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

#include "kiosk/core/time/local_time.h"

namespace kiosk {

// A report's command line is wrong; what() is one line "中文 / English" naming the bad value.
class ReportArgumentError : public std::runtime_error {
 public:
  ReportArgumentError(const std::string& zh, const std::string& en);
};

struct ReportPeriod {
  LocalDate first;  // included
  LocalDate last;   // included
  // "2026-11" for a whole calendar month, else "2026-11-01_2026-11-15" (for file names, titles).
  std::string Label() const;
};

// What the command line said, each "" when absent.
struct ReportPeriodArguments {
  std::string month;  // --month YYYY-MM
  std::string from;   // --from YYYY-MM-DD
  std::string to;     // --to YYYY-MM-DD
};

// The whole calendar month "2026-11" (1900-01 … 2200-12). Throws ReportArgumentError: "2026-13",
// "2026-1", "202611".
ReportPeriod MonthPeriod(std::string_view month);

// Days `from` … `to`. Throws ReportArgumentError for a date that is not a real day (2026-02-30)
// or when from is after to.
ReportPeriod DayPeriod(std::string_view from, std::string_view to);

// Exactly one of --month, or --from and --to together. Throws ReportArgumentError otherwise.
ReportPeriod ParseReportPeriod(const ReportPeriodArguments& arguments);

}  // namespace kiosk
