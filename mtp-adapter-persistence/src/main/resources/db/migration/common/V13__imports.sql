-- The web app's import from Mapillary. Both databases accept every statement verbatim.

-- A connection started from the web app sends the browser back to a path on this site after Mapillary's callback;
-- an API client's connection has none (NULL) and keeps the callback's own page.
ALTER TABLE mapillary_connection_states ADD COLUMN return_path VARCHAR(2000);

-- One row per background import, so that any node can show its progress. An unfinished one (queued, running) that a
-- restart cut off is marked failed at start-up; the sequence and 'done' are written in one transaction.
CREATE TABLE import_jobs (
    id            UUID                        NOT NULL,
    owner_id      UUID                        NOT NULL,
    sequence_key  VARCHAR(100)                NOT NULL,
    status        VARCHAR(10)                 NOT NULL,
    fetched       INT                         NOT NULL,
    total         INT                         NOT NULL,
    failure_code  VARCHAR(64),
    retry_at      TIMESTAMP(3) WITH TIME ZONE,
    sequence_id   UUID,
    created_at    TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_import_jobs PRIMARY KEY (id),
    CONSTRAINT fk_import_jobs_owner FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT ck_import_jobs_status CHECK (status IN ('QUEUED', 'RUNNING', 'FAILED', 'DONE')),
    CONSTRAINT ck_import_jobs_counts CHECK (fetched >= 0 AND total >= 0),
    CONSTRAINT ck_import_jobs_failure CHECK ((status = 'FAILED') = (failure_code IS NOT NULL)),
    CONSTRAINT ck_import_jobs_sequence CHECK ((status = 'DONE') = (sequence_id IS NOT NULL))
);
CREATE INDEX ix_import_jobs_unfinished ON import_jobs (status);
CREATE INDEX ix_import_jobs_owner ON import_jobs (owner_id);
