-- 002_signups_checkins.sql — what the sign-up and check-in rules (issue 4) need beyond schema v1.
-- (Written as 003 on its branch; renumbered to 002 so versions run without a gap. No database
-- had been deployed yet, so no kiosk ever recorded user_version 3 for this file.)
--
-- signups.confirmation_code: the short code a resident is shown on success (6 characters from
--   23456789ABCDEFGHJKMNPQRSTUVWXYZ, no 0/O/1/I/L). NULL only for rows that did not come from a
--   kiosk sign-up (demo data, office-entered rows).
-- checkins.auto_closed: 1 when the volunteer forgot to check out and the kiosk closed the
--   check-in at the activity's end; staff see these flagged in the hours report.
-- One check-in per volunteer and activity: a second tap finds the first one instead.

ALTER TABLE signups ADD COLUMN confirmation_code TEXT
  CHECK (confirmation_code IS NULL OR
         (length(confirmation_code) = 6 AND confirmation_code NOT GLOB '*[^23456789ABCDEFGHJKMNPQRSTUVWXYZ]*'));
CREATE INDEX signups_by_code ON signups(confirmation_code) WHERE confirmation_code IS NOT NULL;

ALTER TABLE checkins ADD COLUMN auto_closed INTEGER NOT NULL DEFAULT 0 CHECK (auto_closed IN (0, 1));
CREATE UNIQUE INDEX checkins_one_per_duty ON checkins(volunteer_id, occurrence_id)
  WHERE occurrence_id IS NOT NULL AND status IN ('checked_in', 'checked_out');
-- CloseForgottenCheckouts looks for open check-ins only.
CREATE INDEX checkins_open ON checkins(status) WHERE status = 'checked_in';
