-- 001_initial.sql — schema v1 of the kiosk database (office master, export and kiosk local copy).
-- Times are Asia/Shanghai wall-clock text: dates 'YYYY-MM-DD', instants 'YYYY-MM-DDTHH:MM'.
-- Rows recorded at a kiosk (signups, checkins, bookings) have a global id '<kiosk-id>-<seq>'.
-- The kiosk never evaluates recurrence rules: every dated instance is a row in occurrences.

CREATE TABLE meta (
  key   TEXT PRIMARY KEY NOT NULL,  -- kiosk_id, next_seq, export_number, generated_at, district, centre_name
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE sites (
  id      INTEGER PRIMARY KEY,
  code    TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 32),
  name_zh TEXT NOT NULL CHECK (length(name_zh) > 0),         -- 福圣社区
  name_en TEXT NOT NULL,
  kind    TEXT NOT NULL CHECK (kind IN ('community', 'village')),
  address TEXT NOT NULL DEFAULT ''
);

CREATE TABLE rooms (
  id           INTEGER PRIMARY KEY,
  site_id      INTEGER NOT NULL REFERENCES sites(id),
  code         TEXT NOT NULL UNIQUE,
  name_zh      TEXT NOT NULL CHECK (length(name_zh) > 0),    -- 阳光乡贤调解室
  name_en      TEXT NOT NULL,
  kind         TEXT NOT NULL CHECK (kind IN ('mediation', 'meeting', 'activity', 'youth', 'other')),
  open_time    TEXT NOT NULL CHECK (open_time GLOB '[0-2][0-9]:[0-5][0-9]' AND open_time <= '23:59'),
  close_time   TEXT NOT NULL CHECK (close_time GLOB '[0-2][0-9]:[0-5][0-9]' AND close_time <= '24:00'),
  slot_minutes INTEGER NOT NULL CHECK (slot_minutes BETWEEN 10 AND 480),
  bookable     INTEGER NOT NULL DEFAULT 0 CHECK (bookable IN (0, 1)),  -- residents may book it at the kiosk
  CHECK (close_time > open_time)
);
CREATE INDEX rooms_by_site ON rooms(site_id);

CREATE TABLE categories (
  id         INTEGER PRIMARY KEY,
  code       TEXT NOT NULL UNIQUE,
  name_zh    TEXT NOT NULL CHECK (length(name_zh) > 0),
  name_en    TEXT NOT NULL,
  color      TEXT NOT NULL CHECK (color GLOB '#[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]'),
  sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE organizers (
  id      INTEGER PRIMARY KEY,
  code    TEXT NOT NULL UNIQUE,
  name_zh TEXT NOT NULL CHECK (length(name_zh) > 0),
  name_en TEXT NOT NULL,
  kind    TEXT NOT NULL CHECK (kind IN ('party_branch', 'social_org', 'enterprise', 'volunteer_team', 'university')),
  site_id INTEGER REFERENCES sites(id)                       -- NULL: serves the whole street
);

CREATE TABLE events (
  id               INTEGER PRIMARY KEY,
  uid              TEXT NOT NULL UNIQUE CHECK (length(uid) > 0),  -- iCalendar UID
  title            TEXT NOT NULL CHECK (length(title) > 0),
  body             TEXT NOT NULL DEFAULT '',
  category_id      INTEGER NOT NULL REFERENCES categories(id),
  site_id          INTEGER NOT NULL REFERENCES sites(id),
  organizer_id     INTEGER REFERENCES organizers(id),
  room_id          INTEGER REFERENCES rooms(id),
  venue            TEXT NOT NULL DEFAULT '',
  poster           BLOB,                                     -- PNG or JPEG, NULL: none
  capacity         INTEGER CHECK (capacity IS NULL OR capacity >= 0),  -- NULL: no limit
  signup_opens     TEXT CHECK (signup_opens IS NULL OR
                               signup_opens GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]'),
  signup_closes    TEXT CHECK (signup_closes IS NULL OR
                               signup_closes GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]'),
  wants_volunteers INTEGER NOT NULL DEFAULT 0 CHECK (wants_volunteers IN (0, 1)),
  status           TEXT NOT NULL DEFAULT 'published' CHECK (status IN ('published', 'cancelled')),
  CHECK (signup_opens IS NULL OR signup_closes IS NULL OR signup_closes >= signup_opens)
);
CREATE INDEX events_by_category ON events(category_id);
CREATE INDEX events_by_site ON events(site_id);

CREATE TABLE occurrences (
  id            INTEGER PRIMARY KEY,
  event_id      INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  recurrence_id TEXT NOT NULL,                               -- original start, as iCalendar RECURRENCE-ID
  start_at      TEXT NOT NULL CHECK (start_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]'),
  end_at        TEXT NOT NULL CHECK (end_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]'),
  all_day       INTEGER NOT NULL DEFAULT 0 CHECK (all_day IN (0, 1)),
  status        TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled')),
  CHECK (end_at >= start_at),
  UNIQUE (event_id, recurrence_id)
);
CREATE INDEX occurrences_by_start ON occurrences(start_at);

CREATE TABLE volunteers (
  id             INTEGER PRIMARY KEY,
  display_name   TEXT NOT NULL CHECK (length(display_name) > 0),
  organizer_id   INTEGER REFERENCES organizers(id),          -- the volunteer's team
  volunteer_code TEXT NOT NULL UNIQUE CHECK (length(volunteer_code) > 0),
  phone_hash     TEXT NOT NULL UNIQUE CHECK (length(phone_hash) = 64),  -- hex keyed BLAKE2b, never the number
  phone_last4    TEXT NOT NULL CHECK (phone_last4 GLOB '[0-9][0-9][0-9][0-9]'),
  active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE signups (
  id                TEXT PRIMARY KEY NOT NULL,
  origin_kiosk      TEXT NOT NULL CHECK (length(origin_kiosk) > 0),
  created_at        TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]*'),
  occurrence_id     INTEGER NOT NULL REFERENCES occurrences(id),
  role              TEXT NOT NULL DEFAULT 'resident' CHECK (role IN ('resident', 'volunteer')),
  volunteer_id      INTEGER REFERENCES volunteers(id),
  phone_hash        TEXT NOT NULL CHECK (length(phone_hash) = 64),
  phone_last4       TEXT NOT NULL CHECK (phone_last4 GLOB '[0-9][0-9][0-9][0-9]'),
  display_name      TEXT,                                    -- optional; shown masked (张*军)
  status            TEXT NOT NULL CHECK (status IN ('confirmed', 'waitlisted', 'cancelled', 'conflict')),
  waitlist_position INTEGER CHECK (waitlist_position IS NULL OR waitlist_position >= 1),
  CHECK (substr(id, 1, length(origin_kiosk) + 1) = origin_kiosk || '-'),
  CHECK ((status = 'waitlisted') = (waitlist_position IS NOT NULL)),
  CHECK (role = 'resident' OR volunteer_id IS NOT NULL)
);
CREATE INDEX signups_by_occurrence ON signups(occurrence_id, status);
CREATE INDEX signups_by_phone ON signups(phone_hash);
-- One live sign-up per person and occurrence.
CREATE UNIQUE INDEX signups_one_per_person ON signups(occurrence_id, phone_hash)
  WHERE status IN ('confirmed', 'waitlisted');

CREATE TABLE checkins (
  id             TEXT PRIMARY KEY NOT NULL,
  origin_kiosk   TEXT NOT NULL CHECK (length(origin_kiosk) > 0),
  created_at     TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]*'),
  volunteer_id   INTEGER NOT NULL REFERENCES volunteers(id),
  occurrence_id  INTEGER REFERENCES occurrences(id),         -- NULL: general duty at the centre
  checked_in_at  TEXT NOT NULL CHECK (checked_in_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]'),
  checked_out_at TEXT CHECK (checked_out_at IS NULL OR
                             checked_out_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]'),
  status         TEXT NOT NULL CHECK (status IN ('checked_in', 'checked_out', 'conflict')),
  CHECK (substr(id, 1, length(origin_kiosk) + 1) = origin_kiosk || '-'),
  CHECK (checked_out_at IS NULL OR checked_out_at >= checked_in_at),
  CHECK ((status = 'checked_out') = (checked_out_at IS NOT NULL) OR status = 'conflict')
);
CREATE INDEX checkins_by_volunteer ON checkins(volunteer_id, checked_in_at);

CREATE TABLE bookings (
  id                TEXT PRIMARY KEY NOT NULL,
  origin_kiosk      TEXT NOT NULL CHECK (length(origin_kiosk) > 0),
  created_at        TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]*'),
  room_id           INTEGER NOT NULL REFERENCES rooms(id),
  start_at          TEXT NOT NULL CHECK (start_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]'),
  end_at            TEXT NOT NULL CHECK (end_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]'),
  phone_hash        TEXT NOT NULL CHECK (length(phone_hash) = 64),
  phone_last4       TEXT NOT NULL CHECK (phone_last4 GLOB '[0-9][0-9][0-9][0-9]'),
  confirmation_code TEXT NOT NULL CHECK (length(confirmation_code) > 0),
  status            TEXT NOT NULL CHECK (status IN ('confirmed', 'cancelled', 'conflict')),
  CHECK (substr(id, 1, length(origin_kiosk) + 1) = origin_kiosk || '-'),
  CHECK (end_at > start_at)
);
-- A room slot is held by at most one confirmed booking.
CREATE UNIQUE INDEX bookings_one_per_slot ON bookings(room_id, start_at) WHERE status = 'confirmed';
CREATE INDEX bookings_by_phone ON bookings(phone_hash);

CREATE TABLE outbox (
  seq        INTEGER PRIMARY KEY,
  op_id      TEXT NOT NULL UNIQUE CHECK (length(op_id) > 0),
  kind       TEXT NOT NULL CHECK (kind IN ('signup', 'cancel_signup', 'promote', 'checkin', 'checkout',
                                           'book', 'cancel_booking')),
  payload    TEXT NOT NULL CHECK (json_valid(payload)),
  created_at TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]*')
);
