// kiosk/core/calendar/occurrence_facts.cpp — reads an occurrence joined with its event, site and room.
#include "kiosk/core/calendar/occurrence_facts.h"

namespace kiosk {

std::optional<OccurrenceFacts> LoadOccurrenceFacts(db::Database& db, int64_t occurrence_id) {
  db::Statement query(db, R"sql(
    SELECT o.id, e.id, e.uid, o.recurrence_id, e.title, s.name_zh,
           CASE WHEN e.venue <> '' THEN e.venue
                WHEN r.id IS NOT NULL THEN s.name_zh || ' ' || r.name_zh
                ELSE s.name_zh END,
           o.start_at, o.end_at, (o.status = 'cancelled' OR e.status = 'cancelled'),
           e.capacity, e.signup_opens, e.signup_closes, e.wants_volunteers
      FROM occurrences o
      JOIN events e ON e.id = o.event_id
      JOIN sites s ON s.id = e.site_id
      LEFT JOIN rooms r ON r.id = e.room_id
     WHERE o.id = ?1 )sql" KIOSK_SHOWN_OCCURRENCE_SQL);
  query.Bind(1, occurrence_id);
  if (!query.Step()) return std::nullopt;
  OccurrenceFacts facts;
  facts.occurrence_id = query.ColumnInt(0);
  facts.event_id = query.ColumnInt(1);
  facts.event_uid = query.ColumnText(2);
  facts.recurrence_id = query.ColumnText(3);
  facts.title = query.ColumnText(4);
  facts.site = query.ColumnText(5);
  facts.venue = query.ColumnText(6);
  facts.start = ParseStoredTime(query.ColumnText(7), "occurrences.start_at");
  facts.end = ParseStoredTime(query.ColumnText(8), "occurrences.end_at");
  facts.cancelled = query.ColumnInt(9) != 0;
  if (const auto capacity = query.ColumnOptionalInt(10)) facts.capacity = static_cast<int>(*capacity);
  if (const auto opens = query.ColumnOptionalText(11))
    facts.signup_opens = ParseStoredTime(*opens, "events.signup_opens");
  if (const auto closes = query.ColumnOptionalText(12)) {
    facts.signup_closes = ParseStoredTime(*closes, "events.signup_closes");
  }
  facts.wants_volunteers = query.ColumnInt(13) != 0;
  return facts;
}

}  // namespace kiosk
