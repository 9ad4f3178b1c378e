// kiosk/core/reports/hours_report.h — `kiosk-office report hours`: the hours each volunteer served
// in a period, and each team's totals, from the master's check-ins.
//
// Rules (what the office reads):
//   * A check-in counts in the period of the day it began (an activity 22:00–01:00 on the 30th
//     counts whole, 180 minutes, in that month), as the kiosk's 我的时长 counts it.
//   * Minutes = check-out − check-in. A staff correction (correct_hours) has already set the
//     check-out, so corrected hours are what is counted; the corrected ones are counted apart,
//     and so are those the kiosk closed at the activity's end (auto-closed, 待核对).
//   * A check-in still open (never checked out, not yet closed) counts no minutes; it is shown.
//     Conflict rows count nothing.
//   * A volunteer is listed by name, team and the last four digits of the phone only.
//   * Volunteers are sorted by team, then name; volunteers without a team, and that team row, last.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "kiosk/core/reports/report_period.h"
#include "kiosk/core/storage/sqlite.h"

namespace kiosk {

struct VolunteerHoursLine {
  int64_t volunteer_id = 0;
  std::string name;
  std::string phone_last4;
  std::string team;     // the organizer's Chinese name; "" for no team
  int activities = 0;   // checked-out check-ins (a general duty counts as one)
  int64_t minutes = 0;  // their minutes, corrections included
  int corrected = 0;    // of those, corrected by staff
  int auto_closed = 0;  // of those, closed by the kiosk at the activity's end (待核对)
  int still_open = 0;   // check-ins never checked out: no minutes
};

struct TeamHoursLine {
  std::string team;  // "" for no team
  int volunteers = 0;
  int activities = 0;
  int64_t minutes = 0;
};

struct HoursReport {
  ReportPeriod period;
  std::vector<VolunteerHoursLine> volunteers;
  std::vector<TeamHoursLine> teams;  // same order as the volunteers
  TeamHoursLine total;               // every volunteer
  // Check-ins of the period whose stored times are not real minutes (e.g. "T99:99", written by
  // hand or before the schema checked them): counted nowhere, listed under the tables with their
  // stored values so the office can correct them. Printable lines, by id.
  std::vector<std::string> left_out;
};

// Reads only: nothing is written to `db`.
HoursReport BuildHoursReport(db::Database& db, const ReportPeriod& period);

// The report as CSV (csv_report.h): the volunteers' table, an empty line, the teams' table ending
// with a 合计 / total row.
std::string HoursReportCsv(const HoursReport& report);

}  // namespace kiosk
