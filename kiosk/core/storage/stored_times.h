// kiosk/core/storage/stored_times.h — the kiosk treats its own database as untrusted: an occurrence
// whose stored time is not a real minute (e.g. 'T99:99', written before migration 008 or by hand) is
// left out of every listing by one SQL condition, and logged once at start.
#pragma once

#include <string>
#include <vector>

#include "kiosk/core/storage/sqlite.h"

namespace kiosk {

// " AND <the occurrence aliased o has real start and end minutes> ": append to a WHERE clause.
#define KIOSK_SHOWN_OCCURRENCE_SQL                            \
  " AND strftime('%Y-%m-%dT%H:%M', o.start_at) IS o.start_at" \
  " AND strftime('%Y-%m-%dT%H:%M', o.end_at) IS o.end_at "

// One printable line per occurrence the listings leave out (id and the stored values).
std::vector<std::string> UnshowableOccurrences(db::Database& db);

// Logs each of them through LogStorageFailure's sink (storage_failure.h); returns how many.
int LogUnshowableOccurrences(db::Database& db);

}  // namespace kiosk
