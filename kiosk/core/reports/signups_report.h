// kiosk/core/reports/signups_report.h — `kiosk-office report signups`: per activity (occurrence)
// in a period, how many signed up, waited, served and lost a seat to a conflict.
//
// Rules (what the office reads):
//   * Every occurrence starting on a day of the period, by start, site, title; a cancelled one is
//     listed and marked 已取消 (people may have signed up before it was cancelled).
//   * Signed up = confirmed residents and waitlisted = people waiting, as seats.h counts them
//     (the kiosks' own numbers). Conflicts = sign-ups the office merge kept as 'conflict' (the
//     last seat taken on two kiosks: the later one lost).
//   * Attendance: the kiosk records who came only for volunteers (check-ins); residents' attendance
//     is not recorded, so the report gives volunteers checked in and says nothing of residents.
//   * An occurrence whose stored time is not a real minute is left out, as on every list.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/calendar/seats.h"
#include "kiosk/core/reports/report_period.h"
#include "kiosk/core/storage/sqlite.h"
#include "kiosk/core/time/local_time.h"

namespace kiosk {

struct ActivitySignupsLine {
  LocalDateTime start, end;  // all-day: 00:00 of the first day, 00:00 after the last
  bool all_day = false;
  std::string title;
  std::string site;  // Chinese name
  Seats seats;       // capacity, confirmed residents, waitlisted
  int volunteers_checked_in = 0;
  int conflicts = 0;
  bool cancelled = false;  // the occurrence or its whole event
};

// Reads only.
std::vector<ActivitySignupsLine> BuildSignupsReport(db::Database& db, const ReportPeriod& period);

// As CSV (csv_report.h): date, time ("09:00-11:00", "22:00-次日01:00", "全天", "全天至2026-10-20"), title,
// site, capacity (不限 = no limit), signed up, waitlisted, volunteers checked in, conflicts, status.
std::string SignupsReportCsv(const std::vector<ActivitySignupsLine>& lines);

}  // namespace kiosk
