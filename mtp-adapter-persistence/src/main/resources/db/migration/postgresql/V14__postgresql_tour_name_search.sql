-- PostgreSQL part of version 14: "name contains" on tours, case-insensitive, as the sequence search has it (V4):
-- trigrams of the lower-case name. Without it a search that matches few tours reads every tour along
-- ix_tours_created (20,000 tours: 16 to 42 ms in SQL; with it 0.04 to 0.8 ms, see docs/performance.md). A search
-- that matches many still walks ix_tours_created, which the planner prefers then. H2 has no trigram index and
-- filters along ix_tours_created. Challenges are few and are not indexed by name.
CREATE INDEX ix_tours_name_trgm ON tours USING gin (LOWER(name) gin_trgm_ops);
