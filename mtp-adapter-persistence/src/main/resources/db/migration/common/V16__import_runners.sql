-- Which process runs each background import, and when it last reported in (issue #19, several nodes): a start no
-- longer fails every unfinished import, only those whose runner has been silent too long, so restarting one node
-- leaves the imports another node runs alone. Both databases accept every statement verbatim.
ALTER TABLE import_jobs ADD COLUMN runner_id UUID;
ALTER TABLE import_jobs ADD COLUMN heartbeat_at TIMESTAMP(3) WITH TIME ZONE;
-- imports made before this version have no runner: their last sign of life is their last change
UPDATE import_jobs SET heartbeat_at = updated_at;
ALTER TABLE import_jobs ALTER COLUMN heartbeat_at SET NOT NULL;
CREATE INDEX ix_import_jobs_runner ON import_jobs (runner_id);
