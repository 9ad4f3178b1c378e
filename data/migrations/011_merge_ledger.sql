-- 011_merge_ledger.sql — the office's ledger of merged operations (merged_ops, 004) rebuilt for
-- the nightly merge of many kiosks (issue 9: 100 kiosks x 1,000 operations within 3 s).
--
-- merged_ops becomes a rowid table, its rows appended in merge order, with op_id UNIQUE: 004's
-- WITHOUT ROWID table kept every payload inside its op_id key b-tree, a few rows to a page, so each
-- op merged split and rewrote pages all over it. The result CHECK is written with OR: SQLite
-- 3.40 checks `IN (` a list of more than two `)` by building a temporary b-tree on every INSERT,
-- a fifth of the ledger's cost. payload is kept for what `kiosk-office conflicts` lists (kConflict,
-- kRejected) and NULL for an op applied or replayed, whose effect is in the records themselves:
-- 100 kiosks' night no longer adds 50 MB of copied JSON to the master. The other columns, their
-- meaning and the conflicts index are 004's. Office only: never published.

CREATE TABLE merged_ops_010 (
  op_id     TEXT NOT NULL UNIQUE,
  kiosk_id  TEXT NOT NULL,
  op_number INTEGER NOT NULL,
  kind      TEXT NOT NULL,
  payload   TEXT CHECK (payload IS NOT NULL OR result = 'kApplied' OR result = 'kReplayed'),
  result    TEXT NOT NULL CHECK (result = 'kApplied' OR result = 'kConflict' OR result = 'kReplayed' OR
                                 result = 'kRejected'),
  merged_at TEXT NOT NULL
);
INSERT INTO merged_ops_010(op_id, kiosk_id, op_number, kind, payload, result, merged_at)
  SELECT op_id, kiosk_id, op_number, kind, payload, result, merged_at FROM merged_ops
  ORDER BY merged_at, kiosk_id, op_number;
DROP TABLE merged_ops;
ALTER TABLE merged_ops_010 RENAME TO merged_ops;
CREATE INDEX merged_ops_by_result ON merged_ops(result) WHERE result IN ('kConflict', 'kRejected');
