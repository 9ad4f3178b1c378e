// kiosk/core/reports/hours_report.cpp — volunteer hours per person and team, as rows and as CSV.
#include "kiosk/core/reports/hours_report.h"

#include "kiosk/core/calendar/occurrence_facts.h"
#include "kiosk/core/reports/csv_report.h"
#include "kiosk/core/storage/stored_times.h"
#include "kiosk/core/text/text_gate.h"
#include "kiosk/core/time/minute_time.h"

namespace kiosk {

namespace {

constexpr const char* kNoTeam = "无团队";

std::string TeamCell(const std::string& team) { return team.empty() ? kNoTeam : team; }

// The check-ins of the period (?1 its first day, ?2 the day after its last), aliased c: the one
// condition the hours and the list of those left out share.
#define KIOSK_PERIOD_CHECKINS_SQL \
  " c.status IN ('checked_in', 'checked_out') AND c.checked_in_at >= ?1 AND c.checked_in_at < ?2 "

// "尾号0123": text, so a spreadsheet keeps the leading zero.
std::string PhoneCell(const std::string& last4) { return "尾号" + last4; }

}  // namespace

HoursReport BuildHoursReport(db::Database& db, const ReportPeriod& period) {
  // Ordered so one pass builds both tables: team (none last), name, volunteer, check-in.
  db::Statement query(db, R"sql(
    SELECT v.id, v.display_name, v.phone_last4, COALESCE(org.name_zh, ''), c.status,
           c.checked_in_at, c.checked_out_at, c.correction IS NOT NULL, c.auto_closed
      FROM checkins c
      JOIN volunteers v ON v.id = c.volunteer_id
      LEFT JOIN organizers org ON org.id = v.organizer_id
     WHERE)sql" KIOSK_PERIOD_CHECKINS_SQL KIOSK_SHOWN_CHECKIN_SQL R"sql(
     ORDER BY org.name_zh IS NULL, org.name_zh, v.display_name, v.id, c.checked_in_at)sql");
  query.BindAll(period.first.Iso(), period.last.AddDays(1).Iso());
  HoursReport report;
  report.period = period;
  while (query.Step()) {
    const int64_t volunteer_id = query.ColumnInt(0);
    if (report.volunteers.empty() || report.volunteers.back().volunteer_id != volunteer_id) {
      report.volunteers.push_back(
          {volunteer_id, query.ColumnText(1), query.ColumnText(2), query.ColumnText(3), 0, 0, 0, 0, 0});
    }
    VolunteerHoursLine& line = report.volunteers.back();
    if (query.ColumnText(4) == "checked_in") {
      ++line.still_open;
      continue;
    }
    const LocalDateTime in = ParseStoredTime(query.ColumnText(5), "checkins.checked_in_at");
    const LocalDateTime out = ParseStoredTime(query.ColumnText(6), "checkins.checked_out_at");
    ++line.activities;
    line.minutes += MinutesBetween(in, out);
    line.corrected += query.ColumnInt(7) != 0;
    line.auto_closed += query.ColumnInt(8) != 0;
  }
  db::Statement left_out(db, R"sql(
    SELECT c.id, c.checked_in_at, c.checked_out_at FROM checkins c
     WHERE)sql" KIOSK_PERIOD_CHECKINS_SQL "AND NOT (1" KIOSK_SHOWN_CHECKIN_SQL R"sql() ORDER BY c.id)sql");
  left_out.BindAll(period.first.Iso(), period.last.AddDays(1).Iso());
  while (left_out.Step()) {
    std::string line = PrintableText(left_out.ColumnText(0)) + " " + PrintableText(left_out.ColumnText(1));
    if (const auto out = left_out.ColumnOptionalText(2)) line += " – " + PrintableText(*out);
    report.left_out.push_back(std::move(line));
  }
  for (const VolunteerHoursLine& line : report.volunteers) {
    if (report.teams.empty() || report.teams.back().team != line.team) report.teams.push_back({line.team});
    for (TeamHoursLine* sum : {&report.teams.back(), &report.total}) {
      ++sum->volunteers;
      sum->activities += line.activities;
      sum->minutes += line.minutes;
    }
  }
  return report;
}

std::string HoursReportCsv(const HoursReport& report) {
  CsvReport csv;
  csv.Row({"姓名 / name", "手机尾号 / phone (last 4)", "团队 / team", "服务活动数 / activities served",
           "服务分钟 / minutes", "服务小时 / hours", "其中人工更正 / corrected by staff",
           "其中自动签退 / closed by the kiosk", "未签退 / not checked out"});
  for (const VolunteerHoursLine& line : report.volunteers) {
    csv.Row({line.name, PhoneCell(line.phone_last4), TeamCell(line.team), std::to_string(line.activities),
             std::to_string(line.minutes), HoursCell(line.minutes), std::to_string(line.corrected),
             std::to_string(line.auto_closed), std::to_string(line.still_open)});
  }
  csv.BlankLine();
  csv.Row({"团队 / team", "志愿者人数 / volunteers", "服务活动数 / activities served", "服务分钟 / minutes",
           "服务小时 / hours"});
  auto team_row = [&](const std::string& name, const TeamHoursLine& team) {
    csv.Row({name, std::to_string(team.volunteers), std::to_string(team.activities),
             std::to_string(team.minutes), HoursCell(team.minutes)});
  };
  for (const TeamHoursLine& team : report.teams) team_row(TeamCell(team.team), team);
  team_row("合计 / total", report.total);
  if (!report.left_out.empty()) {
    csv.BlankLine();
    csv.Row(
        {"未计入：签到时间无法识别，请更正 / left out: check-ins whose stored times cannot be read; "
         "please correct them"});
    for (const std::string& line : report.left_out) csv.Row({line});
  }
  return csv.text();
}

}  // namespace kiosk
