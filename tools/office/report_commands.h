// tools/office/report_commands.h — `kiosk-office report KIND MASTER` (hours, signups, …): the one
// place a report's command line is declared and run. Each report adds one subcommand with
// AddReportCommand and runs with RunReport, giving only the function that builds its CSV
// (kiosk/core/reports/); the period (--month, or --from/--to), opening the master, --out written
// whole (temp + rename) or stdout, and the one-line bilingual errors are shared.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdio>
#include <functional>
#include <string>

#include "kiosk/core/reports/report_period.h"
#include "kiosk/core/storage/sqlite.h"

namespace kiosk::office {

struct ReportOptions {
  std::string master;
  ReportPeriodArguments period;
  std::string out;  // "" = stdout
};

// Declares `report NAME MASTER [--month YYYY-MM | --from D --to D] [--out FILE]` under `report`.
// Values are checked by RunReport (ParseReportPeriod), so every error reads the same.
CLI::App* AddReportCommand(CLI::App& report, const std::string& name, const std::string& description,
                           ReportOptions& options);

// Builds a report's CSV text from the master, read only, for the period.
using ReportBuilder = std::function<std::string(db::Database& master, const ReportPeriod& period)>;

// Parses the period, opens MASTER (never creating it), builds and writes the report. Exit code:
// 0 written; 1 the master or the output file failed; 2 a bad period. One line on `err` for each
// failure, Chinese then English.
int RunReport(const ReportOptions& options, const ReportBuilder& build, std::FILE* out, std::FILE* err);

// The two reports of issue 9.
int RunHoursReport(const ReportOptions& options, std::FILE* out, std::FILE* err);
int RunSignupsReport(const ReportOptions& options, std::FILE* out, std::FILE* err);
// 好差评 per flow and community (issue 11).
int RunRatingsReport(const ReportOptions& options, std::FILE* out, std::FILE* err);

}  // namespace kiosk::office
