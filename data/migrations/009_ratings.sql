-- 009_ratings.sql — 好差评: a resident's optional rating after a completed flow (issue 11, item 8).
--
-- outbox: one more kind, 'rating' (feedback/rating_operation.h). Rebuilt as 007 did: SQLite cannot
--   widen a CHECK; every operation already in the journal is copied as it is.
-- ratings: one row per rating, ANONYMOUS: what was done (flow), where (the site's code, the
--   activity or the room), the choice and the optional reason, when — never a phone, a name, a
--   confirmation code or a booking's matter, and no link to the sign-up, booking or check-in it
--   followed. A kiosk holds its own until the office acknowledges them; the office holds every
--   kiosk's (`kiosk-office report ratings`). Never exported. No foreign keys: a rating outlives
--   the activity it followed.

ALTER TABLE outbox RENAME TO outbox_v7;
CREATE TABLE outbox (
  seq        INTEGER PRIMARY KEY,
  op_id      TEXT NOT NULL UNIQUE CHECK (length(op_id) > 0),
  kind       TEXT NOT NULL CHECK (kind IN ('signup', 'cancel_signup', 'promote', 'checkin', 'checkout',
                                           'book', 'cancel_booking', 'arrive', 'release_no_show',
                                           'correct_hours', 'admin_action', 'health', 'rating')),
  payload    TEXT NOT NULL CHECK (json_valid(payload)),
  created_at TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]*')
);
INSERT INTO outbox(seq, op_id, kind, payload, created_at)
  SELECT seq, op_id, kind, payload, created_at FROM outbox_v7;
DROP TABLE outbox_v7;

CREATE TABLE ratings (
  id            TEXT PRIMARY KEY NOT NULL CHECK (length(id) BETWEEN 3 AND 64),  -- "K01-42"
  flow          TEXT NOT NULL CHECK (flow IN ('signup', 'booking', 'checkin', 'checkout')),
  site_code     TEXT NOT NULL CHECK (length(site_code) <= 32),  -- '' when the activity or room was gone
  occurrence_id INTEGER,                                        -- sign-up, check-in, check-out
  room_id       INTEGER,                                        -- booking
  choice        TEXT NOT NULL CHECK (choice IN ('satisfied', 'fair', 'unsatisfied')),
  reason        TEXT CHECK (reason IS NULL OR reason IN ('waited_too_long', 'hard_to_use', 'text_too_small',
                                                          'information_unclear', 'other')),
  rated_at      TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M', julianday(rated_at)) IS rated_at AND
                                     rated_at >= '1900-01-01' AND rated_at < '2201-01-01'),
  CHECK (reason IS NULL OR choice <> 'satisfied')
) WITHOUT ROWID;
CREATE INDEX ratings_by_time ON ratings(rated_at);
