// kiosk/core/signup/signup_listing.cpp — the query behind the 报名参加 list.
#include "kiosk/core/signup/signup_listing.h"

#include "kiosk/core/calendar/occurrence_facts.h"
#include "kiosk/core/calendar/seats.h"

namespace kiosk {

std::vector<OpenForSignUp> OccurrencesOpenForSignUp(db::Database& db, const LocalDateTime& now, int limit) {
  // ISO text sorts like time, so the window test is plain string comparison (as in signups.cpp).
  db::Statement query(db, R"sql(
    SELECT o.id, e.title, s.name_zh,
           CASE WHEN e.venue <> '' THEN e.venue ELSE s.name_zh || coalesce(' ' || r.name_zh, '') END,
           o.start_at, o.end_at,
           )sql" KIOSK_SEATS_COLUMNS_SQL R"sql(
    FROM occurrences o
    JOIN events e ON e.id = o.event_id
    JOIN sites s ON s.id = e.site_id
    LEFT JOIN rooms r ON r.id = e.room_id
    WHERE o.status <> 'cancelled' AND e.status <> 'cancelled'
      AND o.end_at > ?1
      AND (e.signup_opens IS NULL OR e.signup_opens <= ?1)
      AND ?1 < coalesce(e.signup_closes, o.start_at) )sql" KIOSK_SHOWN_OCCURRENCE_SQL R"sql(
    ORDER BY o.start_at, e.title, o.id
    LIMIT ?2
  )sql");
  query.BindAll(now.Iso(), limit);
  std::vector<OpenForSignUp> result;
  while (query.Step()) {
    OpenForSignUp row;
    row.occurrence_id = query.ColumnInt(0);
    row.title = query.ColumnText(1);
    row.site = query.ColumnText(2);
    row.venue = query.ColumnText(3);
    row.start = ParseStoredTime(query.ColumnText(4), "occurrences.start_at");
    row.end = ParseStoredTime(query.ColumnText(5), "occurrences.end_at");
    row.seats = ReadSeats(query, 6);
    result.push_back(std::move(row));
  }
  return result;
}

}  // namespace kiosk
