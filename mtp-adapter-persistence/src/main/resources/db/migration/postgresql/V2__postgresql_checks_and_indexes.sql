-- PostgreSQL part of version 2.

-- Usernames sort by code point as in Java (String.compareTo on the lower-case key), never by the server's locale.
ALTER TABLE users ALTER COLUMN username_key TYPE VARCHAR(30) COLLATE "C";
ALTER TABLE users ADD CONSTRAINT ck_users_username CHECK (username ~ '^[A-Za-z0-9_-]{3,30}$');
ALTER TABLE users ADD CONSTRAINT ck_users_username_key CHECK (username_key = LOWER(username) COLLATE "C");
ALTER TABLE sequence_tags ADD CONSTRAINT ck_sequence_tags_tag CHECK (tag ~ '^[a-z0-9-]{1,50}$');
ALTER TABLE tour_tags ADD CONSTRAINT ck_tour_tags_tag CHECK (tag ~ '^[a-z0-9-]{1,50}$');

-- One partial index per search sort order over published rows only, each with the unique tie-break, so a page
-- reads the index in order and never sorts the whole match set.
CREATE INDEX ix_sequences_published_captured ON sequences (captured_at DESC, id) WHERE status = 'PUBLISHED';
CREATE INDEX ix_sequences_published_likes ON sequences (like_count DESC, id) WHERE status = 'PUBLISHED';
CREATE INDEX ix_sequences_published_distance ON sequences (distance_m DESC, id) WHERE status = 'PUBLISHED';
