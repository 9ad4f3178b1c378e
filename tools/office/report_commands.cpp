// tools/office/report_commands.cpp — the report subcommands: shared options and run, and the
// hours and sign-ups reports.
#include "report_commands.h"

#include "kiosk/core/reports/csv_report.h"
#include "kiosk/core/reports/hours_report.h"
#include "kiosk/core/reports/ratings_report.h"
#include "kiosk/core/reports/signups_report.h"
#include "kiosk/core/storage/kiosk_database.h"
#include "kiosk/core/storage/storage_failure.h"
#include "kiosk/core/text/text_gate.h"
#include "office_commands.h"

namespace kiosk::office {

CLI::App* AddReportCommand(CLI::App& report, const std::string& name, const std::string& description,
                           ReportOptions& options) {
  CLI::App* command = report.add_subcommand(name, description);
  command->add_option("MASTER", options.master, "master database")->required();
  command->add_option("--month", options.period.month, "a calendar month (YYYY-MM)");
  command->add_option("--from", options.period.from, "first day (YYYY-MM-DD)");
  command->add_option("--to", options.period.to, "last day, included (YYYY-MM-DD)");
  command->add_option("--out", options.out, "write this CSV file (whole or not at all); default stdout");
  return command;
}

int RunReport(const ReportOptions& options, const ReportBuilder& build, std::FILE* out, std::FILE* err) {
  ReportPeriod period;
  try {
    period = ParseReportPeriod(options.period);
  } catch (const ReportArgumentError& error) {
    std::fprintf(err, "kiosk-office: %s\n", PrintableText(error.what()).c_str());
    return kExitUsage;
  }
  std::string text;
  try {
    db::Database db = OpenKioskDatabase(options.master, /*create_if_missing=*/false);
    text = build(db, period);
  } catch (const std::exception& error) {
    std::fprintf(err, "kiosk-office: %s: %s\n", PrintableText(options.master).c_str(),
                 DescribeStorageFailure(error).Line().c_str());
    return kExitProblems;
  }
  try {
    WriteReport(text, options.out, out);
  } catch (const std::exception& error) {
    std::fprintf(err, "kiosk-office: %s\n", PrintableText(error.what()).c_str());
    return kExitProblems;
  }
  return kExitOk;
}

int RunHoursReport(const ReportOptions& options, std::FILE* out, std::FILE* err) {
  return RunReport(
      options,
      [](db::Database& db, const ReportPeriod& period) {
        return HoursReportCsv(BuildHoursReport(db, period));
      },
      out, err);
}

int RunSignupsReport(const ReportOptions& options, std::FILE* out, std::FILE* err) {
  return RunReport(
      options,
      [](db::Database& db, const ReportPeriod& period) {
        return SignupsReportCsv(BuildSignupsReport(db, period));
      },
      out, err);
}

int RunRatingsReport(const ReportOptions& options, std::FILE* out, std::FILE* err) {
  return RunReport(
      options,
      [](db::Database& db, const ReportPeriod& period) {
        return RatingsReportCsv(BuildRatingsReport(db, period));
      },
      out, err);
}

}  // namespace kiosk::office
