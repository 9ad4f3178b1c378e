-- 005_admin.sql — the staff admin screen (issue 10).
--
-- admin_pin_state: one row; wrong PINs in a row and, after 5, until when (unix seconds) the
--   keypad is locked. In the database so the lock survives a restart (pulling the plug).
-- admin_audit: every admin action, in order: when (Asia/Shanghai "YYYY-MM-DDTHH:MM:SS"), what,
--   and what changed in words. Local to the kiosk for now (the nightly batch takes it later).

CREATE TABLE admin_pin_state (
  id           INTEGER PRIMARY KEY CHECK (id = 1),
  failures     INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0),
  locked_until INTEGER                                    -- unix seconds; NULL: not locked
);
INSERT INTO admin_pin_state (id, failures, locked_until) VALUES (1, 0, NULL);

CREATE TABLE admin_audit (
  id     INTEGER PRIMARY KEY AUTOINCREMENT,
  at     TEXT NOT NULL CHECK (at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]*'),
  action TEXT NOT NULL CHECK (length(action) > 0),
  detail TEXT NOT NULL DEFAULT ''
);
