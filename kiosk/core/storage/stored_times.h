// kiosk/core/storage/stored_times.h — the one place the kiosk decides whether a stored time can be
// shown. The kiosk treats its own database as untrusted: an occurrence whose start or end, or whose
// event's sign-up window, is not a real minute (e.g. 'T99:99' or '02-30', written before migration
// 008 or by hand) is left out of every listing and every lookup by one SQL condition, and logged.
#pragma once

#include <string>
#include <vector>

#include "kiosk/core/storage/sqlite.h"
#include "kiosk/core/time/local_time.h"

namespace kiosk {

// "(<column> is a real minute of a real day from 1900 on)": what LocalDateTime::ParseIso accepts.
// julianday() first: SQLite 3.40's strftime alone keeps '2026-02-30' as it is.
#define KIOSK_REAL_MINUTE_SQL(column) \
  "(strftime('%Y-%m-%dT%H:%M', julianday(" column ")) IS " column " AND " column " >= '1900')"

// " AND <the occurrence aliased o, of the event aliased e, has only real times> ": append to a WHERE
// clause. Every query that reads an occurrence's times for a screen carries it.
#define KIOSK_SHOWN_OCCURRENCE_SQL \
  " AND " KIOSK_REAL_MINUTE_SQL("o.start_at") " AND " KIOSK_REAL_MINUTE_SQL("o.end_at") \
  " AND (e.signup_opens IS NULL OR " KIOSK_REAL_MINUTE_SQL("e.signup_opens") ")"        \
  " AND (e.signup_closes IS NULL OR " KIOSK_REAL_MINUTE_SQL("e.signup_closes") ") "

// " AND <the check-in aliased c has only real times> ": a check-in whose checked_in_at or
// checked_out_at is not a real minute is left out of duties, hours and the staff lists (and logged).
// clang-format off
#define KIOSK_SHOWN_CHECKIN_SQL                      \
  " AND " KIOSK_REAL_MINUTE_SQL("c.checked_in_at")   \
  " AND (c.checked_out_at IS NULL OR " KIOSK_REAL_MINUTE_SQL("c.checked_out_at") ") "
// clang-format on

// Parses a stored 'YYYY-MM-DDTHH:MM' that KIOSK_SHOWN_OCCURRENCE_SQL (or the schema's own check)
// let through; throws std::runtime_error naming the column otherwise — then the two disagree, a bug.
LocalDateTime ParseStoredTime(const std::string& text, const char* what);

// One printable line per occurrence the listings leave out (id and the stored values).
std::vector<std::string> UnshowableOccurrences(db::Database& db);
// One printable line per check-in KIOSK_SHOWN_CHECKIN_SQL leaves out (id and the stored values).
std::vector<std::string> UnshowableCheckins(db::Database& db);

// Logs each occurrence and check-in left out through LogStoredValueSkipped (storage_failure.h);
// returns how many. The UI calls it when it opens a database and after each sync that changed it.
// Never throws (a query that fails is logged through LogStorageFailure, and counts 0).
int LogUnshowableStoredTimes(db::Database& db) noexcept;

}  // namespace kiosk
