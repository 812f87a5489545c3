-- The sequence map (the web app's home map, issue #18): where each published sequence stands, and kept counts per
-- grid cell for the coarse levels, so that a view of a country or of the whole world reads a few hundred rows instead
-- of grouping every sequence. Positions are whole ten-millionths of a degree, the bounds' centre; a cell of level L is
-- 90 / 2^L degrees, and map_column / map_row are the finest level's (22) cell, from which any level's is a division by
-- 2^(22 - L). The application's MapGrid is the rule; SqlDerivedData keeps both tables in the transaction of the
-- publication or deletion, and this migration fills them once for what is already published.
CREATE TABLE map_points (
    sequence_id     UUID    NOT NULL,
    lon_e7          BIGINT  NOT NULL,
    lat_e7          BIGINT  NOT NULL,
    map_column      INTEGER NOT NULL,
    map_row         INTEGER NOT NULL,
    CONSTRAINT pk_map_points PRIMARY KEY (sequence_id),
    CONSTRAINT fk_map_points_sequence FOREIGN KEY (sequence_id) REFERENCES sequences (id)
);

-- the finer levels group the points of a view: a range of columns, then rows, with everything the group needs
CREATE INDEX ix_map_points_cell ON map_points (map_column, map_row, lon_e7, lat_e7, sequence_id);

-- levels 0 to 10 kept: count and position sums per cell, and the sequence itself while the cell holds exactly one
CREATE TABLE map_cells (
    map_level           SMALLINT NOT NULL,
    map_column          INTEGER  NOT NULL,
    map_row             INTEGER  NOT NULL,
    sequence_count      INTEGER  NOT NULL,
    lon_sum_e7          BIGINT   NOT NULL,
    lat_sum_e7          BIGINT   NOT NULL,
    sole_sequence_id    UUID,
    CONSTRAINT pk_map_cells PRIMARY KEY (map_level, map_column, map_row),
    CONSTRAINT ck_map_cells_count CHECK (sequence_count >= 0),
    CONSTRAINT ck_map_cells_sole CHECK (sole_sequence_id IS NULL OR sequence_count = 1)
);

-- H2's MERGE fails rather than waits on a concurrent insert of the same key, so on H2 the writers of map_cells take
-- this one row's lock first; PostgreSQL's upsert waits by itself and never reads it
CREATE TABLE map_cells_lock (
    id INTEGER NOT NULL,
    CONSTRAINT pk_map_cells_lock PRIMARY KEY (id)
);
INSERT INTO map_cells_lock (id) VALUES (1);

INSERT INTO map_points (sequence_id, lon_e7, lat_e7, map_column, map_row)
SELECT id, lon_e7, lat_e7,
       LEAST(((lon_e7 + 1800000000) * 4194304) / 900000000, 16777215),
       LEAST(((lat_e7 + 900000000) * 4194304) / 900000000, 8388607)
FROM (SELECT id,
             CAST(FLOOR((min_lon + max_lon) / 2 * 10000000 + 0.5) AS BIGINT) AS lon_e7,
             CAST(FLOOR((min_lat + max_lat) / 2 * 10000000 + 0.5) AS BIGINT) AS lat_e7
      FROM sequences
      WHERE status = 'PUBLISHED' AND min_lon IS NOT NULL) centres;

INSERT INTO map_cells (map_level, map_column, map_row, sequence_count, lon_sum_e7, lat_sum_e7, sole_sequence_id)
SELECT levels.map_level, p.map_column / levels.divisor, p.map_row / levels.divisor, COUNT(*), SUM(p.lon_e7),
       SUM(p.lat_e7),
       CASE WHEN COUNT(*) = 1 THEN CAST(MIN(CAST(p.sequence_id AS VARCHAR(36))) AS UUID) END
FROM map_points p
CROSS JOIN (VALUES
    (0, 4194304),
    (1, 2097152),
    (2, 1048576),
    (3, 524288),
    (4, 262144),
    (5, 131072),
    (6, 65536),
    (7, 32768),
    (8, 16384),
    (9, 8192),
    (10, 4096)) AS levels (map_level, divisor)
GROUP BY levels.map_level, p.map_column / levels.divisor, p.map_row / levels.divisor;
