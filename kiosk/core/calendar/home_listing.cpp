// kiosk/core/calendar/home_listing.cpp — the queries behind the home screen: the day's and the coming
// occurrences with title, place and seats, and the text the font must cover.
#include "kiosk/core/calendar/home_listing.h"

#include <stdexcept>

#include "kiosk/core/calendar/occurrence_facts.h"  // ParseStoredTime
#include "kiosk/core/storage/stored_times.h"

namespace kiosk {

namespace {

// Columns read by ReadSummary(), in order. Cancelled occurrences and events are left out.
constexpr std::string_view kSummarySelect = R"sql(
  SELECT o.id, e.id, e.title, c.name_zh, s.name_zh,
         CASE WHEN e.venue <> '' THEN e.venue
              ELSE s.name_zh || coalesce(' ' || r.name_zh, '') END,
         o.start_at, o.end_at, )sql" KIOSK_SEATS_COLUMNS_SQL R"sql(,
         o.status = 'cancelled' OR e.status = 'cancelled'
  FROM occurrences o
  JOIN events e ON e.id = o.event_id
  JOIN categories c ON c.id = e.category_id
  JOIN sites s ON s.id = e.site_id
  LEFT JOIN rooms r ON r.id = e.room_id
  WHERE o.status <> 'cancelled' AND e.status <> 'cancelled' )sql" KIOSK_SHOWN_OCCURRENCE_SQL;

OccurrenceSummary ReadSummary(const db::Statement& row) {
  OccurrenceSummary summary;
  summary.occurrence_id = row.ColumnInt(0);
  summary.event_id = row.ColumnInt(1);
  summary.title = row.ColumnText(2);
  summary.category = row.ColumnText(3);
  summary.site = row.ColumnText(4);
  summary.venue = row.ColumnText(5);
  summary.start = ParseStoredTime(row.ColumnText(6), "occurrences.start_at");
  summary.end = ParseStoredTime(row.ColumnText(7), "occurrences.end_at");
  summary.seats = ReadSeats(row, 8);
  summary.cancelled = row.ColumnInt(11) != 0;
  return summary;
}

std::vector<OccurrenceSummary> ReadAll(db::Statement& query) {
  std::vector<OccurrenceSummary> result;
  while (query.Step()) result.push_back(ReadSummary(query));
  return result;
}

}  // namespace

std::vector<OccurrenceSummary> OccurrencesOnDay(db::Database& db, const LocalDate& day) {
  db::Statement query(db, std::string(kSummarySelect) +
                              " AND o.start_at >= ?1 AND o.start_at < ?2 ORDER BY o.start_at, e.title, o.id");
  query.BindAll(day.Iso(), day.AddDays(1).Iso());  // ISO text sorts like time
  return ReadAll(query);
}

std::vector<OccurrenceSummary> UpcomingOccurrences(db::Database& db, const LocalDateTime& from, int limit) {
  db::Statement query(
      db, std::string(kSummarySelect) + " AND o.start_at > ?1 ORDER BY o.start_at, e.title, o.id LIMIT ?2");
  query.BindAll(from.Iso(), limit);
  return ReadAll(query);
}

std::string CentreName(db::Database& db) {
  db::Statement query(db, "SELECT value FROM meta WHERE key = 'centre_name'");
  return query.Step() ? query.ColumnText(0) : std::string();
}

std::vector<std::string> AllDisplayedDatabaseText(db::Database& db) {
  db::Statement query(db, R"sql(
    SELECT title FROM events UNION ALL SELECT body FROM events UNION ALL SELECT venue FROM events
    UNION ALL SELECT name_zh FROM sites UNION ALL SELECT address FROM sites
    UNION ALL SELECT name_zh FROM rooms UNION ALL SELECT reason_zh FROM room_closures
    UNION ALL SELECT name_zh FROM categories
    UNION ALL SELECT name_zh FROM organizers
    UNION ALL SELECT display_name FROM volunteers
    UNION ALL SELECT display_name FROM signups WHERE display_name IS NOT NULL
    UNION ALL SELECT value FROM meta WHERE key IN ('centre_name', 'district')
  )sql");
  std::vector<std::string> texts;
  while (query.Step()) {
    std::string text = query.ColumnText(0);
    if (!text.empty()) texts.push_back(std::move(text));
  }
  return texts;
}

}  // namespace kiosk
