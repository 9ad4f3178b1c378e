-- 003_room_booking.sql — what mediation-room booking (issue 8, kiosk/core/booking/) needs beyond
-- schema v2. The rules themselves are stated in kiosk/core/booking/bookings.h.
--
-- rooms.max_booking_minutes: the longest one booking of the room may be (a multiple of slots).
-- room_hours: opening hours per weekday (0 = Sunday ... 6 = Saturday), one row per interval, so a
--   lunch break is two rows. A room with rows: a weekday without one is closed. A room with no row
--   at all: open every day from rooms.open_time to rooms.close_time.
-- room_closures: a date a room does not open (room_id NULL: every room, e.g. a public holiday).
-- bookings (rebuilt: a CHECK cannot be altered in place):
--   status 'no_show' — not marked arrived within the grace period after its start; the slot is
--     free again and the row is kept for staff (released_at says when).
--   matter — what the booking is about, for the mediators only; never shown on a public screen.
--   arrived_at — when the resident said 我已到达.
--   confirmation_code — 6 characters without look-alikes, like a sign-up's.
-- Two confirmed bookings of one room can never overlap, whatever their lengths: the triggers
--   below refuse such a row however it is written (the kiosk, the office merge, a raw INSERT).
--   Touching ends are fine (09:00-10:00 and 10:00-11:00).
-- outbox (rebuilt): the kinds 'arrive' and 'release_no_show'.

ALTER TABLE rooms ADD COLUMN max_booking_minutes INTEGER NOT NULL DEFAULT 120
  CHECK (max_booking_minutes BETWEEN 10 AND 1440);

CREATE TABLE room_hours (
  room_id    INTEGER NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
  weekday    INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),
  open_time  TEXT NOT NULL CHECK (open_time GLOB '[0-2][0-9]:[0-5][0-9]' AND open_time <= '23:59'),
  close_time TEXT NOT NULL CHECK (close_time GLOB '[0-2][0-9]:[0-5][0-9]' AND close_time <= '24:00'),
  CHECK (close_time > open_time),
  PRIMARY KEY (room_id, weekday, open_time)
) WITHOUT ROWID;

CREATE TABLE room_closures (
  id        INTEGER PRIMARY KEY,
  room_id   INTEGER REFERENCES rooms(id) ON DELETE CASCADE,  -- NULL: every room
  date      TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  reason_zh TEXT NOT NULL DEFAULT '',                          -- 元旦, 设备检修 (public text)
  reason_en TEXT NOT NULL DEFAULT ''
);
CREATE INDEX room_closures_by_date ON room_closures(date);

DROP INDEX bookings_one_per_slot;
DROP INDEX bookings_by_phone;
ALTER TABLE bookings RENAME TO bookings_v2;
CREATE TABLE bookings (
  id                TEXT PRIMARY KEY NOT NULL,
  origin_kiosk      TEXT NOT NULL CHECK (length(origin_kiosk) > 0),
  created_at        TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]*'),
  room_id           INTEGER NOT NULL REFERENCES rooms(id),
  start_at          TEXT NOT NULL CHECK (start_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]'),
  end_at            TEXT NOT NULL CHECK (end_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]'),
  phone_hash        TEXT NOT NULL CHECK (length(phone_hash) = 64),
  phone_last4       TEXT NOT NULL CHECK (phone_last4 GLOB '[0-9][0-9][0-9][0-9]'),
  confirmation_code TEXT NOT NULL CHECK (length(confirmation_code) = 6 AND
                                         confirmation_code NOT GLOB '*[^23456789ABCDEFGHJKMNPQRSTUVWXYZ]*'),
  status            TEXT NOT NULL CHECK (status IN ('confirmed', 'cancelled', 'no_show', 'conflict')),
  matter            TEXT CHECK (matter IS NULL OR matter IN ('family', 'neighbour', 'property', 'labour', 'other')),
  arrived_at        TEXT CHECK (arrived_at IS NULL OR
                                arrived_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]'),
  released_at       TEXT CHECK (released_at IS NULL OR
                                released_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]'),
  CHECK (substr(id, 1, length(origin_kiosk) + 1) = origin_kiosk || '-'),
  CHECK (end_at > start_at),
  CHECK ((status = 'no_show') = (released_at IS NOT NULL)),
  CHECK (status <> 'no_show' OR arrived_at IS NULL)
);
INSERT INTO bookings(id, origin_kiosk, created_at, room_id, start_at, end_at, phone_hash, phone_last4,
                     confirmation_code, status)
  SELECT id, origin_kiosk, created_at, room_id, start_at, end_at, phone_hash, phone_last4,
         confirmation_code, status FROM bookings_v2;
DROP TABLE bookings_v2;
CREATE INDEX bookings_held ON bookings(room_id, start_at) WHERE status = 'confirmed';
CREATE INDEX bookings_by_phone ON bookings(phone_hash);
CREATE INDEX bookings_by_code ON bookings(confirmation_code);

CREATE TRIGGER bookings_never_overlap_insert BEFORE INSERT ON bookings
  WHEN NEW.status = 'confirmed' AND EXISTS (
    SELECT 1 FROM bookings b WHERE b.room_id = NEW.room_id AND b.status = 'confirmed'
      AND b.start_at < NEW.end_at AND b.end_at > NEW.start_at)
BEGIN
  SELECT RAISE(ABORT, 'booking overlaps a confirmed booking of the room');
END;

CREATE TRIGGER bookings_never_overlap_update BEFORE UPDATE OF room_id, start_at, end_at, status ON bookings
  WHEN NEW.status = 'confirmed' AND EXISTS (
    SELECT 1 FROM bookings b WHERE b.room_id = NEW.room_id AND b.status = 'confirmed' AND b.id <> NEW.id
      AND b.start_at < NEW.end_at AND b.end_at > NEW.start_at)
BEGIN
  SELECT RAISE(ABORT, 'booking overlaps a confirmed booking of the room');
END;

ALTER TABLE outbox RENAME TO outbox_v2;
CREATE TABLE outbox (
  seq        INTEGER PRIMARY KEY,
  op_id      TEXT NOT NULL UNIQUE CHECK (length(op_id) > 0),
  kind       TEXT NOT NULL CHECK (kind IN ('signup', 'cancel_signup', 'promote', 'checkin', 'checkout',
                                           'book', 'cancel_booking', 'arrive', 'release_no_show')),
  payload    TEXT NOT NULL CHECK (json_valid(payload)),
  created_at TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]*')
);
INSERT INTO outbox(seq, op_id, kind, payload, created_at)
  SELECT seq, op_id, kind, payload, created_at FROM outbox_v2;
DROP TABLE outbox_v2;
