// kiosk/core/calendar/home_listing.h — what the home screen lists: today's and upcoming occurrences,
// in time order, with the facts a resident needs (time, title, place, seats left).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/calendar/seats.h"
#include "kiosk/core/storage/sqlite.h"
#include "kiosk/core/time/local_time.h"

namespace kiosk {

struct OccurrenceSummary {
  int64_t occurrence_id = 0;
  int64_t event_id = 0;
  std::string title;
  std::string category;  // category display name, e.g. "议事"
  std::string site;      // community, e.g. "福圣社区"
  std::string venue;     // place, e.g. "福圣社区党群服务中心 议事厅"
  LocalDateTime start;
  LocalDateTime end;
  Seats seats;  // capacity, confirmed residents, waiting (seats.h)
  bool cancelled = false;
};

// Occurrences starting on `day`, ordered by start time then title. Cancelled ones excluded.
std::vector<OccurrenceSummary> OccurrencesOnDay(db::Database& db, const LocalDate& day);
// Occurrences starting after `from` (exclusive) up to `limit`, in time order, not cancelled.
std::vector<OccurrenceSummary> UpcomingOccurrences(db::Database& db, const LocalDateTime& from, int limit);

// The centre's display name (meta key 'centre_name'), e.g. "同安街道党群服务中心".
std::string CentreName(db::Database& db);

// Every piece of text in the database the kiosk may show (titles, names, venues...),
// for building the font's glyph ranges.
std::vector<std::string> AllDisplayedDatabaseText(db::Database& db);

}  // namespace kiosk
