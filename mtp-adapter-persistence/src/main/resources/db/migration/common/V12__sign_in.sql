-- The web app's sign-in: its own OAuth client, whose access tokens are the browser sessions, and the counts of recent
-- sign-in attempts that limit password guessing on every node alike. Both databases accept every statement verbatim.

-- The first-party client: public (no secret), ownerless, with no redirect URI; only the web app's sign-in issues its
-- tokens, and the authorization, token and revocation endpoints refuse it. If an operator had registered a client
-- under the id 'mtp-web', this insert fails and the upgrade stops: rename that client first.
ALTER TABLE oauth_clients ADD COLUMN first_party BOOLEAN DEFAULT FALSE NOT NULL;
INSERT INTO oauth_clients (client_id, name, confidential, secret_hash, owner_id, created_at, first_party)
    VALUES ('mtp-web', 'Map the Paths web app', FALSE, NULL, NULL, CURRENT_TIMESTAMP, TRUE);
ALTER TABLE oauth_clients ADD CONSTRAINT ck_oauth_clients_first_party
    CHECK (first_party = FALSE OR (client_id = 'mtp-web' AND confidential = FALSE AND owner_id IS NULL));

-- One row per account or client address with recent attempts, keyed by the SHA-256 of what is counted, so neither
-- logins typed by mistake nor people's addresses are stored in clear. A window begins at the key's first attempt;
-- windows that have ended are deleted as sign-ins go on (by window_start).
CREATE TABLE sign_in_attempts (
    key_digest   VARCHAR(64)                 NOT NULL,
    attempts     INT                         NOT NULL,
    window_start TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_sign_in_attempts PRIMARY KEY (key_digest),
    CONSTRAINT ck_sign_in_attempts_count CHECK (attempts >= 0)
);
CREATE INDEX ix_sign_in_attempts_window ON sign_in_attempts (window_start);
