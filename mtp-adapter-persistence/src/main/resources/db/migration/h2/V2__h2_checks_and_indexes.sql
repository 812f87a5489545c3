-- H2 part of version 2. H2 compares strings by code point already and has no per-column collation; it has no
-- partial indexes either, so the search-order indexes cover every row (drafts are few) and queries filter status.

ALTER TABLE users ADD CONSTRAINT ck_users_username CHECK (REGEXP_LIKE(username, '^[A-Za-z0-9_-]{3,30}$'));
ALTER TABLE users ADD CONSTRAINT ck_users_username_key CHECK (username_key = LOWER(username));
ALTER TABLE sequence_tags ADD CONSTRAINT ck_sequence_tags_tag CHECK (REGEXP_LIKE(tag, '^[a-z0-9-]{1,50}$'));
ALTER TABLE tour_tags ADD CONSTRAINT ck_tour_tags_tag CHECK (REGEXP_LIKE(tag, '^[a-z0-9-]{1,50}$'));

-- One index per search sort order, each with the unique tie-break, so a page never sorts the whole match set.
CREATE INDEX ix_sequences_published_captured ON sequences (captured_at DESC, id);
CREATE INDEX ix_sequences_published_likes ON sequences (like_count DESC, id);
CREATE INDEX ix_sequences_published_distance ON sequences (distance_m DESC, id);
