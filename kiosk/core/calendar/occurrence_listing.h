// kiosk/core/calendar/occurrence_listing.h — the dated occurrences of a database in time order, for
// `kiosk-office list` (one line each: start,end,site,title).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/time/local_time.h"
#include "kiosk/core/storage/sqlite.h"

namespace kiosk {

struct ListedOccurrence {
  std::string start, end;  // "2026-11-27T16:30"
  std::string site;        // name_zh
  std::string title;
  bool cancelled = false;  // the occurrence or its whole event
};

// Occurrences starting on a day in [from, to] (either bound optional), sorted by start, site,
// title. Cancelled ones only when asked.
std::vector<ListedOccurrence> ListOccurrences(db::Database& db, std::optional<LocalDate> from,
                                              std::optional<LocalDate> to, bool include_cancelled);

}  // namespace kiosk
