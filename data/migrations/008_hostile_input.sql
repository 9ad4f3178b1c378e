-- 008_hostile_input.sql — only our own files, and only real times (issue 12).
--
-- application_id: every kiosk database says it is one ("KIOS", 0x4B494F53); the office tool and the
--   kiosk refuse to write into an SQLite file that does not (storage/kiosk_database.h).
-- occurrences: rebuilt with strict checks (SQLite cannot alter a CHECK). start_at and end_at must be
--   real minutes of real days between 1900 and 2200: the old GLOB let 'T99:99' and '02-30' through.
--   Rows stored before this migration are copied as they are (ignore_check_constraints): the kiosk
--   skips and logs a time it cannot show; every new or changed row must pass.
--   The migration runner has foreign keys off here and checks them before it commits.

PRAGMA application_id = 1263095635;

CREATE TABLE occurrences_strict (
  id            INTEGER PRIMARY KEY,
  event_id      INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  recurrence_id TEXT NOT NULL,                               -- original start, as iCalendar RECURRENCE-ID
  start_at      TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M', julianday(start_at)) IS start_at AND
                                     start_at >= '1900-01-01' AND start_at < '2201-01-01'),
  end_at        TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M', julianday(end_at)) IS end_at AND
                                     end_at >= '1900-01-01' AND end_at < '2201-01-02'),
  all_day       INTEGER NOT NULL DEFAULT 0 CHECK (all_day IN (0, 1)),
  status        TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled')),
  CHECK (end_at >= start_at),
  UNIQUE (event_id, recurrence_id)
);
PRAGMA ignore_check_constraints = ON;
INSERT INTO occurrences_strict (id, event_id, recurrence_id, start_at, end_at, all_day, status)
  SELECT id, event_id, recurrence_id, start_at, end_at, all_day, status FROM occurrences;
PRAGMA ignore_check_constraints = OFF;
DROP TABLE occurrences;
ALTER TABLE occurrences_strict RENAME TO occurrences;
CREATE INDEX occurrences_by_start ON occurrences(start_at);
