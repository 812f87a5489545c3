-- mtp schema, version 1: every table, key, foreign key and check both H2 and PostgreSQL accept verbatim.
-- Dialect-specific parts (collation, regular-expression checks, partial indexes) follow in V2 of each vendor folder.
-- Conventions: UUID keys chosen by the application (never identity columns, so inserts batch); instants as
-- TIMESTAMP(3) WITH TIME ZONE (UTC, milliseconds); bounded VARCHAR, never TEXT; *_key columns hold the lower-case
-- form used for case-insensitive uniqueness and matching; enum values stored as their Java constant names.

CREATE TABLE users (
    id              UUID                     NOT NULL,
    username        VARCHAR(30)              NOT NULL,
    username_key    VARCHAR(30)              NOT NULL,
    email           VARCHAR(254)             NOT NULL,
    email_key       VARCHAR(254)             NOT NULL,
    password_hash   VARCHAR(255)             NOT NULL,
    created_at      TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_users PRIMARY KEY (id),
    CONSTRAINT uq_users_username_key UNIQUE (username_key),
    CONSTRAINT uq_users_email_key UNIQUE (email_key),
    CONSTRAINT ck_users_email CHECK (CHAR_LENGTH(email) >= 3)
);

CREATE TABLE sequences (
    id                      UUID                        NOT NULL,
    owner_id                UUID                        NOT NULL,
    status                  VARCHAR(16)                 NOT NULL,
    name                    VARCHAR(100)                NOT NULL,
    description             VARCHAR(10000),
    transport_type          VARCHAR(32)                 NOT NULL,
    transport_parent        VARCHAR(16)                 NOT NULL,
    camera_make             VARCHAR(100),
    camera_make_key         VARCHAR(100),
    camera_model            VARCHAR(100),
    camera_model_key        VARCHAR(100),
    pano                    BOOLEAN                     NOT NULL,
    captured_at             TIMESTAMP(3) WITH TIME ZONE,
    mapillary_created_at    TIMESTAMP(3) WITH TIME ZONE,
    imported_at             TIMESTAMP(3) WITH TIME ZONE,
    drafted_at              TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    mapillary_sequence_key  VARCHAR(100),
    mapillary_user_id       VARCHAR(100),
    mapillary_username      VARCHAR(100),
    google_street_view      VARCHAR(2000),
    strava                  VARCHAR(100),
    photo_count             INTEGER                     NOT NULL,
    distance_m              BIGINT                      NOT NULL,
    min_lon                 DOUBLE PRECISION,
    min_lat                 DOUBLE PRECISION,
    max_lon                 DOUBLE PRECISION,
    max_lat                 DOUBLE PRECISION,
    like_count              INTEGER                     NOT NULL,
    viewpoint_count         INTEGER                     NOT NULL,
    version                 BIGINT                      NOT NULL,
    CONSTRAINT pk_sequences PRIMARY KEY (id),
    CONSTRAINT fk_sequences_owner FOREIGN KEY (owner_id) REFERENCES users (id),
    -- one mtp sequence per Mapillary sequence
    CONSTRAINT uq_sequences_mapillary_key UNIQUE (mapillary_sequence_key),
    CONSTRAINT ck_sequences_status CHECK (status IN ('DRAFT', 'PUBLISHED')),
    CONSTRAINT ck_sequences_name CHECK (CHAR_LENGTH(name) >= 1),
    CONSTRAINT ck_sequences_transport_parent
        CHECK (transport_parent IN ('EARTH', 'SNOW', 'WATER', 'AIR', 'OTHER')),
    CONSTRAINT ck_sequences_camera_make CHECK ((camera_make IS NULL AND camera_make_key IS NULL)
        OR (camera_make IS NOT NULL AND camera_make_key IS NOT NULL)),
    CONSTRAINT ck_sequences_camera_model CHECK ((camera_model IS NULL AND camera_model_key IS NULL)
        OR (camera_model IS NOT NULL AND camera_model_key IS NOT NULL)),
    CONSTRAINT ck_sequences_photo_count CHECK (photo_count >= 0),
    CONSTRAINT ck_sequences_distance CHECK (distance_m >= 0),
    CONSTRAINT ck_sequences_like_count CHECK (like_count >= 0),
    CONSTRAINT ck_sequences_viewpoint_count CHECK (viewpoint_count >= 0),
    -- a bounding box is all four numbers or none, within the globe, min never above max (no antimeridian boxes)
    CONSTRAINT ck_sequences_bbox CHECK (
        (min_lon IS NULL AND min_lat IS NULL AND max_lon IS NULL AND max_lat IS NULL)
        OR (min_lon >= -180 AND max_lon <= 180 AND min_lat >= -90 AND max_lat <= 90
            AND min_lon <= max_lon AND min_lat <= max_lat)),
    -- a draft holds metadata only; a published sequence has its Mapillary key, photos and the figures derived
    CONSTRAINT ck_sequences_draft CHECK (status <> 'DRAFT'
        OR (mapillary_sequence_key IS NULL AND photo_count = 0 AND distance_m = 0 AND min_lon IS NULL)),
    CONSTRAINT ck_sequences_published CHECK (status <> 'PUBLISHED'
        OR (mapillary_sequence_key IS NOT NULL AND photo_count >= 1 AND captured_at IS NOT NULL
            AND imported_at IS NOT NULL AND mapillary_user_id IS NOT NULL AND mapillary_username IS NOT NULL
            AND min_lon IS NOT NULL))
);
CREATE INDEX ix_sequences_owner ON sequences (owner_id);
CREATE INDEX ix_sequences_transport ON sequences (transport_type, captured_at);
CREATE INDEX ix_sequences_camera ON sequences (camera_make_key, camera_model_key);

CREATE TABLE sequence_tags (
    sequence_id UUID        NOT NULL,
    position    INTEGER     NOT NULL,
    tag         VARCHAR(50) NOT NULL,
    CONSTRAINT pk_sequence_tags PRIMARY KEY (sequence_id, tag),
    CONSTRAINT uq_sequence_tags_position UNIQUE (sequence_id, position),
    CONSTRAINT fk_sequence_tags_sequence FOREIGN KEY (sequence_id) REFERENCES sequences (id) ON DELETE CASCADE,
    CONSTRAINT ck_sequence_tags_position CHECK (position >= 0)
);
CREATE INDEX ix_sequence_tags_tag ON sequence_tags (tag, sequence_id);

-- No identity column: the key is (sequence, position), known before the insert, so thousands of photos go out in
-- JDBC batches.
CREATE TABLE photos (
    sequence_id     UUID                        NOT NULL,
    position        INTEGER                     NOT NULL,
    image_key       VARCHAR(100)                NOT NULL,
    lon             DOUBLE PRECISION            NOT NULL,
    lat             DOUBLE PRECISION            NOT NULL,
    compass_angle   DOUBLE PRECISION,
    captured_at     TIMESTAMP(3) WITH TIME ZONE,
    viewpoint_count INTEGER                     NOT NULL,
    CONSTRAINT pk_photos PRIMARY KEY (sequence_id, position),
    CONSTRAINT uq_photos_image_key UNIQUE (sequence_id, image_key),
    CONSTRAINT fk_photos_sequence FOREIGN KEY (sequence_id) REFERENCES sequences (id) ON DELETE CASCADE,
    CONSTRAINT ck_photos_position CHECK (position >= 0),
    CONSTRAINT ck_photos_lon CHECK (lon >= -180 AND lon <= 180),
    CONSTRAINT ck_photos_lat CHECK (lat >= -90 AND lat <= 90),
    CONSTRAINT ck_photos_compass_angle CHECK (compass_angle IS NULL OR (compass_angle >= 0 AND compass_angle < 360)),
    CONSTRAINT ck_photos_viewpoint_count CHECK (viewpoint_count >= 0)
);

CREATE TABLE tours (
    id          UUID                        NOT NULL,
    owner_id    UUID                        NOT NULL,
    name        VARCHAR(100)                NOT NULL,
    description VARCHAR(10000),
    created_at  TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    like_count  INTEGER                     NOT NULL,
    version     BIGINT                      NOT NULL,
    CONSTRAINT pk_tours PRIMARY KEY (id),
    CONSTRAINT fk_tours_owner FOREIGN KEY (owner_id) REFERENCES users (id),
    CONSTRAINT ck_tours_name CHECK (CHAR_LENGTH(name) >= 1),
    CONSTRAINT ck_tours_like_count CHECK (like_count >= 0),
    CONSTRAINT ck_tours_updated_at CHECK (updated_at >= created_at)
);
CREATE INDEX ix_tours_owner ON tours (owner_id);

CREATE TABLE tour_tags (
    tour_id  UUID        NOT NULL,
    position INTEGER     NOT NULL,
    tag      VARCHAR(50) NOT NULL,
    CONSTRAINT pk_tour_tags PRIMARY KEY (tour_id, tag),
    CONSTRAINT uq_tour_tags_position UNIQUE (tour_id, position),
    CONSTRAINT fk_tour_tags_tour FOREIGN KEY (tour_id) REFERENCES tours (id) ON DELETE CASCADE,
    CONSTRAINT ck_tour_tags_position CHECK (position >= 0)
);
CREATE INDEX ix_tour_tags_tag ON tour_tags (tag, tour_id);

-- Deleting a sequence removes it from every tour (positions may then have gaps; the order is what counts).
CREATE TABLE tour_sequences (
    tour_id     UUID    NOT NULL,
    position    INTEGER NOT NULL,
    sequence_id UUID    NOT NULL,
    CONSTRAINT pk_tour_sequences PRIMARY KEY (tour_id, position),
    CONSTRAINT uq_tour_sequences_sequence UNIQUE (tour_id, sequence_id),
    CONSTRAINT fk_tour_sequences_tour FOREIGN KEY (tour_id) REFERENCES tours (id) ON DELETE CASCADE,
    CONSTRAINT fk_tour_sequences_sequence FOREIGN KEY (sequence_id) REFERENCES sequences (id) ON DELETE CASCADE,
    CONSTRAINT ck_tour_sequences_position CHECK (position >= 0)
);
CREATE INDEX ix_tour_sequences_sequence ON tour_sequences (sequence_id);

CREATE TABLE sequence_likes (
    user_id     UUID                        NOT NULL,
    sequence_id UUID                        NOT NULL,
    created_at  TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_sequence_likes PRIMARY KEY (user_id, sequence_id),
    CONSTRAINT fk_sequence_likes_user FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT fk_sequence_likes_sequence FOREIGN KEY (sequence_id) REFERENCES sequences (id) ON DELETE CASCADE
);
CREATE INDEX ix_sequence_likes_sequence ON sequence_likes (sequence_id);

CREATE TABLE tour_likes (
    user_id    UUID                        NOT NULL,
    tour_id    UUID                        NOT NULL,
    created_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_tour_likes PRIMARY KEY (user_id, tour_id),
    CONSTRAINT fk_tour_likes_user FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT fk_tour_likes_tour FOREIGN KEY (tour_id) REFERENCES tours (id) ON DELETE CASCADE
);
CREATE INDEX ix_tour_likes_tour ON tour_likes (tour_id);

-- A viewpoint marks one photo; it disappears with the photo (and so with the sequence).
CREATE TABLE viewpoints (
    user_id        UUID                        NOT NULL,
    sequence_id    UUID                        NOT NULL,
    image_key      VARCHAR(100)                NOT NULL,
    photo_owner_id UUID                        NOT NULL,
    created_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_viewpoints PRIMARY KEY (user_id, sequence_id, image_key),
    CONSTRAINT fk_viewpoints_user FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT fk_viewpoints_photo_owner FOREIGN KEY (photo_owner_id) REFERENCES users (id),
    CONSTRAINT fk_viewpoints_photo FOREIGN KEY (sequence_id, image_key)
        REFERENCES photos (sequence_id, image_key) ON DELETE CASCADE,
    CONSTRAINT ck_viewpoints_not_own CHECK (user_id <> photo_owner_id)
);
CREATE INDEX ix_viewpoints_photo ON viewpoints (sequence_id, image_key);
CREATE INDEX ix_viewpoints_photo_owner ON viewpoints (photo_owner_id);

CREATE TABLE challenges (
    id          UUID                        NOT NULL,
    owner_id    UUID                        NOT NULL,
    name        VARCHAR(100)                NOT NULL,
    description VARCHAR(10000),
    start_at    TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    end_at      TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    metric      VARCHAR(16)                 NOT NULL,
    min_lon     DOUBLE PRECISION            NOT NULL,
    min_lat     DOUBLE PRECISION            NOT NULL,
    max_lon     DOUBLE PRECISION            NOT NULL,
    max_lat     DOUBLE PRECISION            NOT NULL,
    created_at  TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    version     BIGINT                      NOT NULL,
    CONSTRAINT pk_challenges PRIMARY KEY (id),
    CONSTRAINT fk_challenges_owner FOREIGN KEY (owner_id) REFERENCES users (id),
    CONSTRAINT ck_challenges_name CHECK (CHAR_LENGTH(name) >= 1),
    CONSTRAINT ck_challenges_window CHECK (end_at > start_at),
    CONSTRAINT ck_challenges_metric CHECK (metric IN ('PHOTOS', 'DISTANCE')),
    CONSTRAINT ck_challenges_bbox CHECK (min_lon >= -180 AND max_lon <= 180 AND min_lat >= -90 AND max_lat <= 90
        AND min_lon <= max_lon AND min_lat <= max_lat)
);
CREATE INDEX ix_challenges_start ON challenges (start_at);
CREATE INDEX ix_challenges_end ON challenges (end_at);

CREATE TABLE challenge_transport_types (
    challenge_id   UUID        NOT NULL,
    transport_type VARCHAR(32) NOT NULL,
    CONSTRAINT pk_challenge_transport_types PRIMARY KEY (challenge_id, transport_type),
    CONSTRAINT fk_challenge_transport_types_challenge FOREIGN KEY (challenge_id)
        REFERENCES challenges (id) ON DELETE CASCADE
);

CREATE TABLE challenge_camera_makes (
    challenge_id    UUID         NOT NULL,
    camera_make     VARCHAR(100) NOT NULL,
    camera_make_key VARCHAR(100) NOT NULL,
    CONSTRAINT pk_challenge_camera_makes PRIMARY KEY (challenge_id, camera_make_key),
    CONSTRAINT fk_challenge_camera_makes_challenge FOREIGN KEY (challenge_id)
        REFERENCES challenges (id) ON DELETE CASCADE
);

-- The area (Polygon or MultiPolygon) as rows, not as TEXT: polygon, ring (0 = shell, then holes), position.
CREATE TABLE challenge_area_positions (
    challenge_id   UUID             NOT NULL,
    polygon_index  INTEGER          NOT NULL,
    ring_index     INTEGER          NOT NULL,
    position_index INTEGER          NOT NULL,
    lon            DOUBLE PRECISION NOT NULL,
    lat            DOUBLE PRECISION NOT NULL,
    CONSTRAINT pk_challenge_area_positions PRIMARY KEY (challenge_id, polygon_index, ring_index, position_index),
    CONSTRAINT fk_challenge_area_positions_challenge FOREIGN KEY (challenge_id)
        REFERENCES challenges (id) ON DELETE CASCADE,
    CONSTRAINT ck_challenge_area_positions_indexes
        CHECK (polygon_index >= 0 AND ring_index >= 0 AND position_index >= 0),
    CONSTRAINT ck_challenge_area_positions_lon CHECK (lon >= -180 AND lon <= 180),
    CONSTRAINT ck_challenge_area_positions_lat CHECK (lat >= -90 AND lat <= 90)
);

-- Leaderboard totals, kept current in the same transaction as every write that changes them (see
-- docs/persistence.md for the grains). Only published sequences contribute; every row is credited to the
-- sequence's owner. Distance in whole metres, so sums are exact.

-- Grain 1: per user, all time, every transport and camera: the unfiltered boards.
CREATE TABLE user_totals (
    user_id    UUID   NOT NULL,
    photos     BIGINT NOT NULL,
    distance_m BIGINT NOT NULL,
    viewpoints BIGINT NOT NULL,
    CONSTRAINT pk_user_totals PRIMARY KEY (user_id),
    CONSTRAINT fk_user_totals_user FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT ck_user_totals_values CHECK (photos >= 0 AND distance_m >= 0 AND viewpoints >= 0)
);
CREATE INDEX ix_user_totals_photos ON user_totals (photos DESC, user_id);
CREATE INDEX ix_user_totals_distance ON user_totals (distance_m DESC, user_id);
CREATE INDEX ix_user_totals_viewpoints ON user_totals (viewpoints DESC, user_id);

-- Grain 2: per user x transport parent (or 'ALL') x UTC capture year (or 0 = all time), excluding ('ALL', 0), which
-- is user_totals. A filter by parent and/or year reads one row per user straight off an index, already in rank order.
CREATE TABLE leaderboard_parent_years (
    user_id          UUID        NOT NULL,
    transport_parent VARCHAR(16) NOT NULL,
    capture_year     INTEGER     NOT NULL,
    photos           BIGINT      NOT NULL,
    distance_m       BIGINT      NOT NULL,
    viewpoints       BIGINT      NOT NULL,
    CONSTRAINT pk_leaderboard_parent_years PRIMARY KEY (user_id, transport_parent, capture_year),
    CONSTRAINT fk_leaderboard_parent_years_user FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT ck_leaderboard_parent_years_parent
        CHECK (transport_parent IN ('ALL', 'EARTH', 'SNOW', 'WATER', 'AIR', 'OTHER')),
    CONSTRAINT ck_leaderboard_parent_years_year
        CHECK (capture_year = 0 OR (capture_year >= 1 AND capture_year <= 9999)),
    CONSTRAINT ck_leaderboard_parent_years_not_total CHECK (transport_parent <> 'ALL' OR capture_year <> 0),
    CONSTRAINT ck_leaderboard_parent_years_values CHECK (photos >= 0 AND distance_m >= 0 AND viewpoints >= 0)
);
CREATE INDEX ix_leaderboard_parent_years_photos
    ON leaderboard_parent_years (transport_parent, capture_year, photos DESC, user_id);
CREATE INDEX ix_leaderboard_parent_years_distance
    ON leaderboard_parent_years (transport_parent, capture_year, distance_m DESC, user_id);
CREATE INDEX ix_leaderboard_parent_years_viewpoints
    ON leaderboard_parent_years (transport_parent, capture_year, viewpoints DESC, user_id);

-- Grain 3: per user x transport type x camera make x camera model x UTC capture month, for every other filter
-- (a child transport type, a camera, a month or a custom range); '' stands for an unknown camera make or model.
CREATE TABLE leaderboard_cells (
    user_id          UUID         NOT NULL,
    transport_type   VARCHAR(32)  NOT NULL,
    camera_make_key  VARCHAR(100) NOT NULL,
    camera_model_key VARCHAR(100) NOT NULL,
    capture_month    INTEGER      NOT NULL,
    photos           BIGINT       NOT NULL,
    distance_m       BIGINT       NOT NULL,
    viewpoints       BIGINT       NOT NULL,
    CONSTRAINT pk_leaderboard_cells
        PRIMARY KEY (user_id, transport_type, camera_make_key, camera_model_key, capture_month),
    CONSTRAINT fk_leaderboard_cells_user FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT ck_leaderboard_cells_month
        CHECK (capture_month >= 101 AND capture_month <= 999912 AND MOD(capture_month, 100) BETWEEN 1 AND 12),
    CONSTRAINT ck_leaderboard_cells_values CHECK (photos >= 0 AND distance_m >= 0 AND viewpoints >= 0)
);
CREATE INDEX ix_leaderboard_cells_month ON leaderboard_cells (capture_month, transport_type);
CREATE INDEX ix_leaderboard_cells_transport ON leaderboard_cells (transport_type, capture_month);
CREATE INDEX ix_leaderboard_cells_camera
    ON leaderboard_cells (camera_make_key, camera_model_key, capture_month);

-- Accounts and OAuth: secrets are stored only as hashes; Mapillary tokens only encrypted.
CREATE TABLE oauth_clients (
    client_id    VARCHAR(100)                NOT NULL,
    name         VARCHAR(100)                NOT NULL,
    confidential BOOLEAN                     NOT NULL,
    secret_hash  VARCHAR(255),
    owner_id     UUID,
    created_at   TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_oauth_clients PRIMARY KEY (client_id),
    CONSTRAINT fk_oauth_clients_owner FOREIGN KEY (owner_id) REFERENCES users (id),
    CONSTRAINT ck_oauth_clients_secret CHECK ((confidential = TRUE AND secret_hash IS NOT NULL)
        OR (confidential = FALSE AND secret_hash IS NULL))
);

CREATE TABLE oauth_client_redirect_uris (
    client_id VARCHAR(100)  NOT NULL,
    uri       VARCHAR(2000) NOT NULL,
    CONSTRAINT pk_oauth_client_redirect_uris PRIMARY KEY (client_id, uri),
    CONSTRAINT fk_oauth_client_redirect_uris_client FOREIGN KEY (client_id)
        REFERENCES oauth_clients (client_id) ON DELETE CASCADE
);

CREATE TABLE authorization_codes (
    code_hash             VARCHAR(64)                 NOT NULL,
    client_id             VARCHAR(100)                NOT NULL,
    user_id               UUID                        NOT NULL,
    redirect_uri          VARCHAR(2000)               NOT NULL,
    scope                 VARCHAR(1000)               NOT NULL,
    code_challenge        VARCHAR(128),
    code_challenge_method VARCHAR(16),
    expires_at            TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    used_at               TIMESTAMP(3) WITH TIME ZONE,
    CONSTRAINT pk_authorization_codes PRIMARY KEY (code_hash),
    CONSTRAINT fk_authorization_codes_client FOREIGN KEY (client_id)
        REFERENCES oauth_clients (client_id) ON DELETE CASCADE,
    CONSTRAINT fk_authorization_codes_user FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT ck_authorization_codes_challenge CHECK ((code_challenge IS NULL AND code_challenge_method IS NULL)
        OR (code_challenge IS NOT NULL AND code_challenge_method IS NOT NULL))
);
CREATE INDEX ix_authorization_codes_expires ON authorization_codes (expires_at);

CREATE TABLE access_tokens (
    id         UUID                        NOT NULL,
    token_hash VARCHAR(64)                 NOT NULL,
    client_id  VARCHAR(100)                NOT NULL,
    user_id    UUID                        NOT NULL,
    scope      VARCHAR(1000)               NOT NULL,
    created_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP(3) WITH TIME ZONE,
    revoked_at TIMESTAMP(3) WITH TIME ZONE,
    CONSTRAINT pk_access_tokens PRIMARY KEY (id),
    CONSTRAINT uq_access_tokens_hash UNIQUE (token_hash),
    CONSTRAINT fk_access_tokens_client FOREIGN KEY (client_id) REFERENCES oauth_clients (client_id) ON DELETE CASCADE,
    CONSTRAINT fk_access_tokens_user FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT ck_access_tokens_expiry CHECK (expires_at IS NULL OR expires_at > created_at)
);
CREATE INDEX ix_access_tokens_user ON access_tokens (user_id);
CREATE INDEX ix_access_tokens_client ON access_tokens (client_id);

CREATE TABLE mapillary_connection_states (
    state_hash VARCHAR(64)                 NOT NULL,
    user_id    UUID                        NOT NULL,
    created_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP(3) WITH TIME ZONE,
    CONSTRAINT pk_mapillary_connection_states PRIMARY KEY (state_hash),
    CONSTRAINT fk_mapillary_connection_states_user FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT ck_mapillary_connection_states_expiry CHECK (expires_at > created_at)
);

CREATE TABLE mapillary_tokens (
    user_id            UUID                        NOT NULL,
    mapillary_user_id  VARCHAR(100)                NOT NULL,
    mapillary_username VARCHAR(100)                NOT NULL,
    ciphertext         VARCHAR(8192)               NOT NULL,
    key_id             VARCHAR(64)                 NOT NULL,
    expires_at         TIMESTAMP(3) WITH TIME ZONE,
    updated_at         TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_mapillary_tokens PRIMARY KEY (user_id),
    CONSTRAINT fk_mapillary_tokens_user FOREIGN KEY (user_id) REFERENCES users (id)
);
