// kiosk/core/calendar/home_listing.h — what the home screen lists: today's and upcoming occurrences,
// in time order, with the facts a resident needs (time, title, place, seats left).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/time/local_time.h"
#include "kiosk/core/storage/sqlite.h"

namespace kiosk {

struct OccurrenceSummary {
  int64_t occurrence_id = 0;
  int64_t event_id = 0;
  std::string title;
  std::string category;           // category display name, e.g. "议事"
  std::string site;               // community, e.g. "福圣社区"
  std::string venue;              // place, e.g. "福圣社区党群服务中心 议事厅"
  LocalDateTime start;
  LocalDateTime end;
  std::optional<int> capacity;    // none: no limit
  int signed_up = 0;              // confirmed resident sign-ups (volunteers take no seat)
  bool cancelled = false;
  std::optional<int> SeatsLeft() const {
    if (!capacity) return std::nullopt;
    return *capacity > signed_up ? *capacity - signed_up : 0;
  }
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
