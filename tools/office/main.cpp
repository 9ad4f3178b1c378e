// tools/office/main.cpp — kiosk-office: the office side of the kiosk (see tools/office/README.md).
//
//   kiosk-office keygen KEY_FILE
//   kiosk-office init MASTER.db [--reference DIR] [--key KEY_FILE]
//   kiosk-office import MASTER.db FILE.ics|FILE.csv [--site CODE] [--category NAME] [--skip-bad] [--today
//   DATE]
//                       [--horizon-days N]
//   kiosk-office list MASTER.db [--from DATE] [--to DATE] [--format text|csv] [--include-cancelled]
//   kiosk-office merge|publish|status MASTER.db SHARE     (nightly sync, sync_commands.h)
//   kiosk-office conflicts MASTER.db
//   kiosk-office report hours|signups|ratings MASTER.db (--month YYYY-MM | --from D --to D) [--out FILE]
#include <CLI/CLI.hpp>

#include <filesystem>

#include "kiosk/core/time/local_time.h"
#include "office_commands.h"
#include "report_commands.h"
#include "sync_commands.h"

namespace {

// CLI11 validator for YYYY-MM-DD dates, with a bilingual message.
struct IsoDateValidator : public CLI::Validator {
  IsoDateValidator() {
    name_ = "DATE";
    func_ = [](const std::string& text) {
      return kiosk::LocalDate::ParseIso(text)
                 ? std::string()
                 : "日期应为 YYYY-MM-DD / a date like 2026-11-27, not \"" + text + "\"";
    };
  }
};

// CLI11's own path checks answer in English only: the same checks, Chinese first.
CLI::Validator MustExist(bool folder, const std::string& zh, const std::string& en) {
  return CLI::Validator(
      [=](std::string& path) {
        std::error_code error;
        const bool found =
            folder ? std::filesystem::is_directory(path, error) : std::filesystem::is_regular_file(path, error);
        return found ? std::string() : zh + "：" + path + " / " + en + ": " + path;
      },
      folder ? "DIR" : "FILE");
}

kiosk::LocalDate ParseDate(const std::string& text) { return *kiosk::LocalDate::ParseIso(text); }

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"kiosk-office — 社区服务一体机办公室工具 / office tool of the community service kiosk"};
  app.require_subcommand(1);
  const IsoDateValidator iso_date;
  const CLI::Validator existing_master = MustExist(false, "主数据库不存在", "master database not found");
  const CLI::Validator existing_share = MustExist(true, "共享文件夹不存在", "shared folder not found");

  kiosk::office::InitOptions init;
  init.reference_dir = KIOSK_DEFAULT_REFERENCE_DIR;
  CLI::App* init_command = app.add_subcommand("init", "创建主数据库 / create the office master database");
  init_command->add_option("MASTER", init.master, "new master database file")->required();
  init_command
      ->add_option(
          "--reference", init.reference_dir,
          "folder with sites.csv, rooms.csv, room_hours.csv, categories.csv, organizers.csv, meta.csv")
      ->check(MustExist(true, "参考数据文件夹不存在", "reference folder not found"));
  init_command->add_option("--key", init.key_file, "district key file (keygen): its fingerprint is recorded");

  kiosk::office::KeygenOptions keygen;
  CLI::App* keygen_command = app.add_subcommand(
      "keygen", "生成新的区密钥（电话号码哈希用） / write a new district key for phone hashes");
  keygen_command->add_option("KEY_FILE", keygen.file, "new key file (never overwritten; mode 0600)")
      ->required();

  kiosk::office::ImportOptions import;
  std::string import_today;
  CLI::App* import_command =
      app.add_subcommand("import", "导入活动日历 (.ics / .csv) / import an activity calendar");
  import_command->add_option("MASTER", import.master, "master database")->required();
  import_command->add_option("FILE", import.file, "iCalendar (.ics) or Excel/WPS CSV (.csv) file")
      ->required();
  import_command->add_flag("--skip-bad", import.skip_bad, "import the valid events and list the bad ones");
  import_command->add_option(
      "--site", import.defaults.site,
      "site (code or name) of events without X-KIOSK-SITE; else a site named in LOCATION");
  import_command->add_option("--category", import.defaults.category,
                             "category of events whose CATEGORIES name no known category (default 其他)");
  import_command->add_option("--today", import_today, "treat this day as today (YYYY-MM-DD)")
      ->check(iso_date);
  import_command
      ->add_option("--horizon-days", import.horizon_days, "expand repeating activities this many days ahead")
      ->check(CLI::Range(1, 3660))
      ->capture_default_str();

  kiosk::office::ListOptions list;
  std::string list_from, list_to, list_format = "text";
  CLI::App* list_command =
      app.add_subcommand("list", "列出活动场次 / list dated occurrences (start,end,site,title)");
  list_command->add_option("MASTER", list.master, "master database")->required();
  list_command->add_option("--from", list_from, "first day (YYYY-MM-DD)")->check(iso_date);
  list_command->add_option("--to", list_to, "last day (YYYY-MM-DD)")->check(iso_date);
  list_command->add_option("--format", list_format, "text or csv")
      ->check(CLI::IsMember({"text", "csv"}))
      ->capture_default_str();
  list_command->add_flag("--include-cancelled", list.include_cancelled, "also cancelled occurrences, marked");

  kiosk::office::SyncOptions sync;
  CLI::App* merge_command =
      app.add_subcommand("merge", "合并各一体机的批次 / merge every new batch of every kiosk from the share");
  CLI::App* publish_command =
      app.add_subcommand("publish", "发布新的导出数据 / publish the next export to the share");
  CLI::App* status_command = app.add_subcommand("status", "各一体机同步状态 / one line per kiosk");
  for (CLI::App* command : {merge_command, publish_command, status_command}) {
    command->add_option("MASTER", sync.master, "master database")->required()->check(existing_master);
    command->add_option("SHARE", sync.share, "the shared folder")->required()->check(existing_share);
  }
  CLI::App* conflicts_command =
      app.add_subcommand("conflicts", "列出冲突的操作 / list the operations kept as conflicts");
  conflicts_command->add_option("MASTER", sync.master, "master database")
      ->required()
      ->check(existing_master);

  CLI::App* report_command =
      app.add_subcommand("report", "导出报表 (CSV，Excel/WPS 可直接打开) / write a report as CSV");
  report_command->require_subcommand(1);
  kiosk::office::ReportOptions hours_report, signups_report;
  CLI::App* hours_command = kiosk::office::AddReportCommand(
      *report_command, "hours", "志愿服务时长：每人及每个团队 / volunteer hours per person and team",
      hours_report);
  CLI::App* signups_command = kiosk::office::AddReportCommand(
      *report_command, "signups", "各活动报名情况 / sign-ups per activity", signups_report);
  kiosk::office::ReportOptions ratings_report;
  CLI::App* ratings_command = kiosk::office::AddReportCommand(
      *report_command, "ratings", "好差评：各服务、各社区的评价 / ratings per service and community",
      ratings_report);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int code = app.exit(error);
    return code == 0 ? 0 : kiosk::office::kExitUsage;
  }
  if (*init_command) return kiosk::office::RunInit(init, stdout, stderr);
  if (*keygen_command) return kiosk::office::RunKeygen(keygen, stdout, stderr);
  if (*merge_command) return kiosk::office::RunMerge(sync, stdout, stderr);
  if (*publish_command) return kiosk::office::RunPublish(sync, stdout, stderr);
  if (*status_command) return kiosk::office::RunStatus(sync, stdout, stderr);
  if (*conflicts_command) return kiosk::office::RunConflicts(sync, stdout, stderr);
  if (*hours_command) return kiosk::office::RunHoursReport(hours_report, stdout, stderr);
  if (*signups_command) return kiosk::office::RunSignupsReport(signups_report, stdout, stderr);
  if (*ratings_command) return kiosk::office::RunRatingsReport(ratings_report, stdout, stderr);
  if (*import_command) {
    import.today = import_today.empty() ? kiosk::NowInShanghai().date : ParseDate(import_today);
    return kiosk::office::RunImport(import, stdout, stderr);
  }
  if (!list_from.empty()) list.from = ParseDate(list_from);
  if (!list_to.empty()) list.to = ParseDate(list_to);
  list.csv = list_format == "csv";
  return kiosk::office::RunList(list, stdout, stderr);
}
