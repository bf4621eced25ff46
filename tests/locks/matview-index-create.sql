-- Probe for matview-index-create: CREATE INDEX on a materialized view builds the index under SHARE on it.
-- relation: mv
CREATE MATERIALIZED VIEW mv AS SELECT p_id, count(*) AS n FROM t GROUP BY p_id;
-- statement
CREATE INDEX mv_p_id_idx ON mv (p_id);
