-- 007_admin_health.sql — the staff admin's writes and the kiosk's health travel with the nightly
-- batch (issue 10).
--
-- outbox: three more kinds — 'correct_hours' (staff corrected a volunteer's hours),
--   'admin_action' (one admin audit entry) and 'health' (one health report of a kiosk).
-- checkins.correction: the reason staff gave when they corrected the check-out by hand (NULL: the
--   hours are as the volunteer or the kiosk recorded them). A manual correction, for reports.
-- admin_audit.record_id: the entry's global id ("K01-42"), so the office stores each kiosk's
--   entries once however often a batch arrives. NULL for entries written before this version.
-- kiosk_health: one row per kiosk, its latest health report (the kiosk's own row on a kiosk, every
--   kiosk's at the office). Never exported: each database keeps its own.

ALTER TABLE outbox RENAME TO outbox_v3;
CREATE TABLE outbox (
  seq        INTEGER PRIMARY KEY,
  op_id      TEXT NOT NULL UNIQUE CHECK (length(op_id) > 0),
  kind       TEXT NOT NULL CHECK (kind IN ('signup', 'cancel_signup', 'promote', 'checkin', 'checkout',
                                           'book', 'cancel_booking', 'arrive', 'release_no_show',
                                           'correct_hours', 'admin_action', 'health')),
  payload    TEXT NOT NULL CHECK (json_valid(payload)),
  created_at TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]*')
);
INSERT INTO outbox(seq, op_id, kind, payload, created_at)
  SELECT seq, op_id, kind, payload, created_at FROM outbox_v3;
DROP TABLE outbox_v3;

ALTER TABLE checkins ADD COLUMN correction TEXT
  CHECK (correction IS NULL OR length(correction) BETWEEN 1 AND 200);

ALTER TABLE admin_audit ADD COLUMN record_id TEXT;
CREATE UNIQUE INDEX admin_audit_by_record ON admin_audit(record_id) WHERE record_id IS NOT NULL;

CREATE TABLE kiosk_health (
  kiosk_id         TEXT PRIMARY KEY NOT NULL CHECK (length(kiosk_id) BETWEEN 1 AND 32),
  report_id        TEXT NOT NULL,                  -- the report's record id ("K01-42")
  reported_at      TEXT NOT NULL CHECK (reported_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]*'),
  version          TEXT NOT NULL,
  started_at       TEXT NOT NULL,
  uptime_seconds   INTEGER NOT NULL CHECK (uptime_seconds >= 0),
  restarts         INTEGER NOT NULL CHECK (restarts >= 0),
  last_sync_at     TEXT,                           -- NULL: never synced
  last_sync_result TEXT NOT NULL DEFAULT '',       -- 'ok', 'failed' or '' (never)
  disk_free_bytes  INTEGER NOT NULL CHECK (disk_free_bytes >= 0),
  database_bytes   INTEGER NOT NULL CHECK (database_bytes >= 0),
  last_error       TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
