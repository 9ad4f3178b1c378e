// kiosk/core/reports/signups_report.cpp — sign-ups per activity, as rows and as CSV.
#include "kiosk/core/reports/signups_report.h"

#include "kiosk/core/calendar/occurrence_facts.h"
#include "kiosk/core/reports/csv_report.h"
#include "kiosk/core/storage/stored_times.h"

namespace kiosk {

namespace {

// "09:00-11:00", or "22:00-次日01:00" when it ends the next day, "-2026-12-02 10:00" later still;
// all-day: "全天", or "全天至2026-10-20" (its last day) when it lasts several days.
std::string TimeCell(const ActivitySignupsLine& line) {
  const LocalDateTime& start = line.start;
  const LocalDateTime& end = line.end;
  if (line.all_day) {
    const LocalDate last_day = end.date.AddDays(-1);
    return last_day <= start.date ? "全天" : "全天至" + last_day.Iso();
  }
  std::string cell = start.HourMinute() + "-";
  if (end.date == start.date) return cell + end.HourMinute();
  if (end.date == start.date.AddDays(1)) return cell + "次日" + end.HourMinute();
  return cell + end.date.Iso() + " " + end.HourMinute();
}

}  // namespace

std::vector<ActivitySignupsLine> BuildSignupsReport(db::Database& db, const ReportPeriod& period) {
  db::Statement query(db, "SELECT o.start_at, o.end_at, e.title, s.name_zh, " KIOSK_SEATS_COLUMNS_SQL R"sql(,
           (SELECT count(*) FROM checkins c WHERE c.occurrence_id = o.id AND c.status IN ('checked_in', 'checked_out')),
           (SELECT count(*) FROM signups su WHERE su.occurrence_id = o.id AND su.status = 'conflict'),
           o.status = 'cancelled' OR e.status = 'cancelled', o.all_day
      FROM occurrences o
      JOIN events e ON e.id = o.event_id
      JOIN sites s ON s.id = e.site_id
     WHERE o.start_at >= ?1 AND o.start_at < ?2 )sql" KIOSK_SHOWN_OCCURRENCE_SQL
                          " ORDER BY o.start_at, s.name_zh, e.title, o.id");
  query.BindAll(period.first.Iso(), period.last.AddDays(1).Iso());
  std::vector<ActivitySignupsLine> lines;
  while (query.Step()) {
    ActivitySignupsLine line;
    line.start = ParseStoredTime(query.ColumnText(0), "occurrences.start_at");
    line.end = ParseStoredTime(query.ColumnText(1), "occurrences.end_at");
    line.title = query.ColumnText(2);
    line.site = query.ColumnText(3);
    line.seats = ReadSeats(query, 4);
    line.volunteers_checked_in = static_cast<int>(query.ColumnInt(7));
    line.conflicts = static_cast<int>(query.ColumnInt(8));
    line.cancelled = query.ColumnInt(9) != 0;
    line.all_day = query.ColumnInt(10) != 0;
    lines.push_back(std::move(line));
  }
  return lines;
}

std::string SignupsReportCsv(const std::vector<ActivitySignupsLine>& lines) {
  CsvReport csv;
  csv.Row({"日期 / date", "时间 / time", "活动 / activity", "社区 / site", "名额 / capacity",
           "已报名 / signed up", "候补 / waitlisted", "志愿者签到 / volunteers checked in",
           "冲突 / conflicts", "状态 / status"});
  for (const ActivitySignupsLine& line : lines) {
    csv.Row({line.start.date.Iso(), TimeCell(line), line.title, line.site,
             line.seats.capacity ? std::to_string(*line.seats.capacity) : "不限",
             std::to_string(line.seats.confirmed), std::to_string(line.seats.waitlisted),
             std::to_string(line.volunteers_checked_in), std::to_string(line.conflicts),
             line.cancelled ? "已取消" : "正常"});
  }
  return csv.text();
}

}  // namespace kiosk
