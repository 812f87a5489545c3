-- A counter that every change to what a sequence's view shows moves on (a save: edit or publication; a like or an
-- unlike; a viewpoint marked or removed), so that a service node can tell with one primary-key read whether the view
-- it rendered before is still true (SequenceReadModel.stamp). Both databases accept the statement verbatim; on
-- PostgreSQL a constant default adds the column without rewriting the table.
ALTER TABLE sequences ADD COLUMN revision BIGINT DEFAULT 0 NOT NULL;
