-- 006_booking_slots.sql — two confirmed bookings of one room can never overlap, by the schema's
-- own keys and without triggers (an export must hold no triggers or views at all).
--
-- booking_slots: one row per slot a booking holds (its start, then every slot_minutes of the room
--   until its end), written in the same transaction as the booking (booking_operations.cpp) and
--   deleted when it is cancelled or released as a no-show. UNIQUE(room_id, slot_start): a second
--   booking over any held slot of the room is refused however it is written (the kiosk, the office
--   merge, a raw INSERT). A loser ('conflict'), a cancelled or a no-show booking holds no slot.
-- The no-overlap triggers of 003 go; rooms' hours and closures stay.

DROP TRIGGER bookings_never_overlap_insert;
DROP TRIGGER bookings_never_overlap_update;

CREATE TABLE booking_slots (
  room_id    INTEGER NOT NULL REFERENCES rooms(id),
  slot_start TEXT NOT NULL CHECK (slot_start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]'),
  booking_id TEXT NOT NULL REFERENCES bookings(id) ON DELETE CASCADE,
  UNIQUE (room_id, slot_start)
);
CREATE INDEX booking_slots_by_booking ON booking_slots(booking_id);

-- The slots of the bookings held today (the triggers kept them apart, so none collide).
WITH RECURSIVE held(room_id, slot_start, booking_id, end_at, step) AS (
  SELECT b.room_id, b.start_at, b.id, b.end_at, r.slot_minutes
    FROM bookings b JOIN rooms r ON r.id = b.room_id WHERE b.status = 'confirmed'
  UNION ALL
  SELECT room_id, strftime('%Y-%m-%dT%H:%M', slot_start, '+' || step || ' minutes'), booking_id, end_at, step
    FROM held WHERE strftime('%Y-%m-%dT%H:%M', slot_start, '+' || step || ' minutes') < end_at
)
INSERT INTO booking_slots(room_id, slot_start, booking_id) SELECT room_id, slot_start, booking_id FROM held;
