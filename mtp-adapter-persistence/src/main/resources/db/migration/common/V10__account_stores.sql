-- What the account, OAuth and Mapillary stores need beyond V1 (both databases accept every statement verbatim).

-- A client's redirect URIs keep the order they were registered in. Rows that exist already are numbered in the
-- order V1's mapping read them back (by URI).
ALTER TABLE oauth_client_redirect_uris ADD COLUMN position INT;
UPDATE oauth_client_redirect_uris r SET position = (SELECT COUNT(*) FROM oauth_client_redirect_uris o
    WHERE o.client_id = r.client_id AND o.uri < r.uri);
ALTER TABLE oauth_client_redirect_uris ALTER COLUMN position SET NOT NULL;
ALTER TABLE oauth_client_redirect_uris ADD CONSTRAINT uq_oauth_client_redirect_uris_position
    UNIQUE (client_id, position);
ALTER TABLE oauth_client_redirect_uris ADD CONSTRAINT ck_oauth_client_redirect_uris_position
    CHECK (position >= 0 AND position < 10);

-- An authorization code records when it was issued, whether the request named its redirect URI (then the exchange
-- must repeat it), and once used, which access token it became (revoked if the code is replayed). Codes live for
-- minutes: the few that may exist at upgrade time are dropped rather than given made-up values; their users only
-- have to authorize again.
DELETE FROM authorization_codes;
ALTER TABLE authorization_codes ADD COLUMN issued_at TIMESTAMP(3) WITH TIME ZONE NOT NULL;
ALTER TABLE authorization_codes ADD COLUMN redirect_uri_given BOOLEAN NOT NULL;
ALTER TABLE authorization_codes ADD COLUMN issued_token_id UUID;
ALTER TABLE authorization_codes ADD CONSTRAINT ck_authorization_codes_lifetime CHECK (expires_at > issued_at);
ALTER TABLE authorization_codes ADD CONSTRAINT ck_authorization_codes_used
    CHECK ((used_at IS NULL AND issued_token_id IS NULL) OR (used_at IS NOT NULL AND issued_token_id IS NOT NULL));

-- A user's active tokens are listed newest first, keyset-paged: one index range read in that order.
CREATE INDEX ix_access_tokens_user_created ON access_tokens (user_id, created_at DESC, id DESC);
DROP INDEX ix_access_tokens_user;

-- A connection state is deleted when it is consumed (so it cannot be used twice) and expired ones are purged then,
-- so neither a creation time nor a used mark is needed. The port gives no creation time either.
ALTER TABLE mapillary_connection_states DROP CONSTRAINT ck_mapillary_connection_states_expiry;
ALTER TABLE mapillary_connection_states DROP COLUMN created_at;
ALTER TABLE mapillary_connection_states DROP COLUMN used_at;
CREATE INDEX ix_mapillary_connection_states_expires ON mapillary_connection_states (expires_at);

-- A Mapillary grant may come with a refresh token, encrypted like the access token and under the same key_id.
-- The row's time is when the user connected (or the grant was renewed); re-encrypting under a new key keeps it.
ALTER TABLE mapillary_tokens ADD COLUMN refresh_ciphertext VARCHAR(8192);
ALTER TABLE mapillary_tokens RENAME COLUMN updated_at TO connected_at;
