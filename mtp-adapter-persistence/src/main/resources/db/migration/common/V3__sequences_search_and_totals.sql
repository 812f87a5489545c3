-- mtp schema, version 3: what the repositories of sequences, tours, social data, leaderboards and challenges need
-- beyond version 1, where both databases agree. Indexes follow in V4 of each vendor folder.

-- The domain publishes a sequence whose photos carry no capture time (Mapillary did not give one); all-time boards
-- still count it. So a published row may lack captured_at; every other published rule stays.
ALTER TABLE sequences DROP CONSTRAINT ck_sequences_published;
ALTER TABLE sequences ADD CONSTRAINT ck_sequences_published CHECK (status <> 'PUBLISHED'
    OR (mapillary_sequence_key IS NOT NULL AND photo_count >= 1 AND imported_at IS NOT NULL
        AND mapillary_user_id IS NOT NULL AND mapillary_username IS NOT NULL AND min_lon IS NOT NULL));

-- The span of the photos' capture times (a photo without its own time takes the sequence's): the challenge window
-- prefilter. NULL when no photo has a time, and then no challenge window can count any of them.
ALTER TABLE sequences ADD COLUMN photos_from TIMESTAMP(3) WITH TIME ZONE;
ALTER TABLE sequences ADD COLUMN photos_to TIMESTAMP(3) WITH TIME ZONE;
ALTER TABLE sequences ADD CONSTRAINT ck_sequences_photos_span CHECK ((photos_from IS NULL AND photos_to IS NULL)
    OR (photos_from IS NOT NULL AND photos_to IS NOT NULL AND photos_from <= photos_to AND status = 'PUBLISHED'));

-- The photos again, packed in one value (see PhotoTrack): a challenge board reads one row per candidate sequence
-- instead of one per photo. Written once, when the sequence is published, like the photo rows it copies.
ALTER TABLE sequences ADD COLUMN track BYTEA;

-- Month 0 is the cell of sequences of unknown capture time: all-time filters count it, no period selects it.
ALTER TABLE leaderboard_cells DROP CONSTRAINT ck_leaderboard_cells_month;
ALTER TABLE leaderboard_cells ADD CONSTRAINT ck_leaderboard_cells_month CHECK (capture_month = 0
    OR (capture_month >= 101 AND capture_month <= 999912 AND MOD(capture_month, 100) BETWEEN 1 AND 12));

-- A Polygon and a MultiPolygon of one member store the same positions; the kind tells them apart.
ALTER TABLE challenges ADD COLUMN area_kind VARCHAR(16) DEFAULT 'POLYGON' NOT NULL;
ALTER TABLE challenges ALTER COLUMN area_kind DROP DEFAULT;
ALTER TABLE challenges ADD CONSTRAINT ck_challenges_area_kind CHECK (area_kind IN ('POLYGON', 'MULTIPOLYGON'));

-- Boards list equal values by username (its lower-case key, code point order). A copy of the key beside the sums
-- lets one index (metric DESC, username_key) hold a board in its exact order, so a page is an index range read.
-- Usernames never change, so the copy cannot go stale.
ALTER TABLE user_totals ADD COLUMN username_key VARCHAR(30);
UPDATE user_totals SET username_key = (SELECT u.username_key FROM users u WHERE u.id = user_totals.user_id);
ALTER TABLE user_totals ALTER COLUMN username_key SET NOT NULL;
ALTER TABLE leaderboard_parent_years ADD COLUMN username_key VARCHAR(30);
UPDATE leaderboard_parent_years
    SET username_key = (SELECT u.username_key FROM users u WHERE u.id = leaderboard_parent_years.user_id);
ALTER TABLE leaderboard_parent_years ALTER COLUMN username_key SET NOT NULL;
