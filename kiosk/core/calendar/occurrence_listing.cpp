// kiosk/core/calendar/occurrence_listing.cpp — one query over occurrences, events and sites.
#include "kiosk/core/calendar/occurrence_listing.h"

namespace kiosk {

std::vector<ListedOccurrence> ListOccurrences(db::Database& db, std::optional<LocalDate> from,
                                              std::optional<LocalDate> to, bool include_cancelled) {
  db::Statement query(db,
                      "SELECT o.start_at, o.end_at, s.name_zh, e.title, "
                      "       o.status = 'cancelled' OR e.status = 'cancelled' "
                      "FROM occurrences o JOIN events e ON e.id = o.event_id JOIN sites s ON s.id = e.site_id "
                      "WHERE o.start_at >= ?1 AND o.start_at < ?2 "
                      "  AND (?3 OR (o.status = 'scheduled' AND e.status = 'published')) "
                      "ORDER BY o.start_at, s.name_zh, e.title, o.id");
  query.BindAll(from ? from->Iso() : std::string("0000"), to ? to->AddDays(1).Iso() : std::string("9999"),
                include_cancelled ? 1 : 0);
  std::vector<ListedOccurrence> out;
  while (query.Step()) {
    out.push_back({query.ColumnText(0), query.ColumnText(1), query.ColumnText(2), query.ColumnText(3),
                   query.ColumnInt(4) != 0});
  }
  return out;
}

}  // namespace kiosk
