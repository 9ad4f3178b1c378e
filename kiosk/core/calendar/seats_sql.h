// kiosk/core/calendar/seats_sql.h — the one SQL definition of "seats taken" on an occurrence, for every
// query that shows seats left: confirmed residents only (volunteers who serve take no seat,
// signups.h). A macro so it joins the queries' string literals at compile time.
#pragma once

// A correlated subquery on the outer occurrences row, which must be aliased `o`.
#define KIOSK_SEATS_TAKEN_SQL                                                                     \
  "(SELECT count(*) FROM signups su WHERE su.occurrence_id = o.id AND su.status = 'confirmed' " \
  "AND su.role = 'resident')"

// People waiting on the outer occurrence `o`.
#define KIOSK_WAITLISTED_SQL \
  "(SELECT count(*) FROM signups su WHERE su.occurrence_id = o.id AND su.status = 'waitlisted')"
