-- PostgreSQL part of version 4: the indexes of search, lists and leaderboards (see docs/persistence.md, "Queries").

-- The copies of username_key order like users.username_key: by code point, whatever the server's locale.
ALTER TABLE user_totals ALTER COLUMN username_key TYPE VARCHAR(30) COLLATE "C";
ALTER TABLE leaderboard_parent_years ALTER COLUMN username_key TYPE VARCHAR(30) COLLATE "C";

-- Boards: one index per metric holds the board in rank order (value descending, then username), so a page is an
-- index range read and a rank is a count over the same index.
DROP INDEX ix_user_totals_photos;
DROP INDEX ix_user_totals_distance;
DROP INDEX ix_user_totals_viewpoints;
CREATE INDEX ix_user_totals_photos ON user_totals (photos DESC, username_key);
CREATE INDEX ix_user_totals_distance ON user_totals (distance_m DESC, username_key);
CREATE INDEX ix_user_totals_viewpoints ON user_totals (viewpoints DESC, username_key);
DROP INDEX ix_leaderboard_parent_years_photos;
DROP INDEX ix_leaderboard_parent_years_distance;
DROP INDEX ix_leaderboard_parent_years_viewpoints;
CREATE INDEX ix_leaderboard_parent_years_photos
    ON leaderboard_parent_years (transport_parent, capture_year, photos DESC, username_key);
CREATE INDEX ix_leaderboard_parent_years_distance
    ON leaderboard_parent_years (transport_parent, capture_year, distance_m DESC, username_key);
CREATE INDEX ix_leaderboard_parent_years_viewpoints
    ON leaderboard_parent_years (transport_parent, capture_year, viewpoints DESC, username_key);

-- The "latest" sort key: the capture time, or for a draft (or a sequence of unknown capture time) when it was
-- drafted. Computed by the database, so no writer can get it wrong.
ALTER TABLE sequences ADD COLUMN latest_at TIMESTAMP(3) WITH TIME ZONE
    GENERATED ALWAYS AS (COALESCE(captured_at, drafted_at)) STORED;

-- Search: one partial index per sort order over published rows, each ending with the unique tie-break id in the
-- same direction, so a keyset page reads the index in order and stops after the page.
DROP INDEX ix_sequences_published_captured;
DROP INDEX ix_sequences_published_likes;
DROP INDEX ix_sequences_published_distance;
CREATE INDEX ix_sequences_published_latest ON sequences (latest_at DESC, id DESC) WHERE status = 'PUBLISHED';
CREATE INDEX ix_sequences_published_likes ON sequences (like_count DESC, id DESC) WHERE status = 'PUBLISHED';
CREATE INDEX ix_sequences_published_distance ON sequences (distance_m DESC, id DESC) WHERE status = 'PUBLISHED';
-- Filters, each an index the planner can start from (or walk in "latest" order for the common ones).
DROP INDEX ix_sequences_transport;
CREATE INDEX ix_sequences_transport ON sequences (transport_type, latest_at DESC, id DESC)
    WHERE status = 'PUBLISHED';
CREATE INDEX ix_sequences_transport_parent ON sequences (transport_parent, latest_at DESC, id DESC)
    WHERE status = 'PUBLISHED';
CREATE INDEX ix_sequences_owner_latest ON sequences (owner_id, status, latest_at DESC, id DESC);
CREATE INDEX ix_sequences_camera_model ON sequences (camera_model_key);
CREATE INDEX ix_sequences_pano ON sequences (latest_at DESC, id DESC) WHERE status = 'PUBLISHED' AND pano;
-- Bounding boxes as PostgreSQL's built-in box type in a GiST index: "intersects" (&&, boundary included) for the
-- bbox search filter and the challenge prefilter, without PostGIS.
CREATE INDEX ix_sequences_bounds ON sequences
    USING gist (box(point(min_lon, min_lat), point(max_lon, max_lat))) WHERE status = 'PUBLISHED';
-- "Name contains", case-insensitive: trigrams of the lower-case name (pg_trgm ships with PostgreSQL and is a
-- trusted extension since PostgreSQL 13, so the database owner may create it).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX ix_sequences_name_trgm ON sequences USING gin (LOWER(name) gin_trgm_ops);

-- Lists, newest first with the id as tie-break.
CREATE INDEX ix_tours_created ON tours (created_at DESC, id DESC);
CREATE INDEX ix_tours_owner_created ON tours (owner_id, created_at DESC, id DESC);
CREATE INDEX ix_challenges_created ON challenges (created_at DESC, id DESC);
