-- 004_sync.sql — what the nightly sync (issue 9) records beyond the records themselves.
--
-- kiosk_acks: per kiosk, the highest operation number ("K01-42" -> 42) the office has merged.
--   Kept in the master; published in every export, so a kiosk learns which of its own operations
--   it no longer owes (a kiosk keeps its own acknowledged number in meta 'acknowledged_seq').
-- merged_ops: the office's ledger of every operation merged, so a batch delivered twice, late or
--   out of order changes nothing the second time; `result` is ApplyResultName (kApplied,
--   kConflict, kRejected). Office only: never published.
-- merged_batches: each batch file merged (by its sha256), for `kiosk-office status`. Office only.
-- sync_log: one row per `kiosk --sync` run on a kiosk: when, what, and how it ended.

CREATE TABLE kiosk_acks (
  kiosk_id         TEXT PRIMARY KEY NOT NULL CHECK (length(kiosk_id) BETWEEN 1 AND 32),
  acknowledged_seq INTEGER NOT NULL CHECK (acknowledged_seq >= 0)
) WITHOUT ROWID;

CREATE TABLE merged_ops (
  op_id     TEXT PRIMARY KEY NOT NULL,
  kiosk_id  TEXT NOT NULL,
  op_number INTEGER NOT NULL,
  kind      TEXT NOT NULL,
  payload   TEXT NOT NULL,
  result    TEXT NOT NULL CHECK (result IN ('kApplied', 'kConflict', 'kReplayed', 'kRejected')),
  merged_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX merged_ops_by_result ON merged_ops(result) WHERE result IN ('kConflict', 'kRejected');

CREATE TABLE merged_batches (
  sha256    TEXT PRIMARY KEY NOT NULL CHECK (length(sha256) = 64),
  kiosk_id  TEXT NOT NULL,
  file_name TEXT NOT NULL,
  ops       INTEGER NOT NULL,
  merged_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE sync_log (
  id            INTEGER PRIMARY KEY,
  started_at    TEXT NOT NULL,
  finished_at   TEXT NOT NULL,
  export_number INTEGER,
  ops_sent      INTEGER NOT NULL DEFAULT 0,
  ops_reapplied INTEGER NOT NULL DEFAULT 0,
  result        TEXT NOT NULL CHECK (result IN ('ok', 'failed')),
  message       TEXT NOT NULL DEFAULT ''
);
