// kiosk/core/admin/admin_today.cpp — today's sign-ups and check-ins for the admin screen.
#include "kiosk/core/admin/admin_today.h"

namespace kiosk {

std::vector<AdminActivity> TodaysSignUps(db::Database& db, const LocalDate& today) {
  std::vector<AdminActivity> activities;
  db::Statement q(
      db,
      "SELECT o.id, e.title, o.start_at, s.display_name, s.phone_last4, s.status, s.waitlist_position "
      "FROM occurrences o JOIN events e ON e.id = o.event_id "
      "LEFT JOIN signups s ON s.occurrence_id = o.id AND s.role = 'resident' "
      "  AND s.status IN ('confirmed', 'waitlisted') "
      "WHERE o.status = 'scheduled' AND o.start_at >= ?1 AND o.start_at < ?2 "
      "ORDER BY o.start_at, e.title, o.id, s.status, s.waitlist_position, s.created_at, s.id");
  q.BindAll(today.Iso(), today.AddDays(1).Iso());
  while (q.Step()) {
    const int64_t id = q.ColumnInt(0);
    if (activities.empty() || activities.back().occurrence_id != id) {
      AdminActivity a;
      a.occurrence_id = id;
      a.title = q.ColumnText(1);
      a.start = LocalDateTime::ParseIso(q.ColumnText(2)).value_or(LocalDateTime{today});
      activities.push_back(std::move(a));
    }
    if (q.ColumnIsNull(5)) continue;  // an activity nobody signed up for
    std::optional<int> position;
    if (const auto p = q.ColumnOptionalInt(6)) position = static_cast<int>(*p);
    activities.back().signups.push_back(
        AdminSignUp{q.ColumnText(3), q.ColumnText(4), q.ColumnText(5), position});
  }
  return activities;
}

std::vector<AdminCheckIn> TodaysCheckIns(db::Database& db, const LocalDate& today) {
  std::vector<AdminCheckIn> checkins;
  db::Statement q(
      db,
      "SELECT v.display_name, coalesce(e.title, ''), c.checked_in_at, c.checked_out_at "
      "FROM checkins c JOIN volunteers v ON v.id = c.volunteer_id "
      "LEFT JOIN occurrences o ON o.id = c.occurrence_id LEFT JOIN events e ON e.id = o.event_id "
      "WHERE c.status IN ('checked_in', 'checked_out') AND c.checked_in_at >= ?1 AND c.checked_in_at < ?2 "
      "ORDER BY c.checked_in_at, c.id");
  q.BindAll(today.Iso(), today.AddDays(1).Iso());
  while (q.Step()) {
    AdminCheckIn c;
    c.volunteer = q.ColumnText(0);
    c.activity = q.ColumnText(1);
    c.checked_in = LocalDateTime::ParseIso(q.ColumnText(2)).value_or(LocalDateTime{today});
    if (const auto out = q.ColumnOptionalText(3)) c.checked_out = LocalDateTime::ParseIso(*out);
    checkins.push_back(std::move(c));
  }
  return checkins;
}

}  // namespace kiosk
