-- 010_rating_waiting_id.sql — a kiosk's rating waits under a random local id until the next batch
-- is written, and only then gets its record id and its operation (feedback/ratings.h), so neither
-- its id nor its place in the journal points at the sign-up it followed. waiting_id keeps the local
-- id after that, so a reason tapped seconds later still finds its rating. Kiosk only; the office's
-- ratings never have one. Never exported (the ratings table is not).
ALTER TABLE ratings ADD COLUMN waiting_id TEXT CHECK (waiting_id IS NULL OR waiting_id LIKE 'new-%');
CREATE UNIQUE INDEX ratings_by_waiting_id ON ratings(waiting_id) WHERE waiting_id IS NOT NULL;
