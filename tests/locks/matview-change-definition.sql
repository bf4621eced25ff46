-- Probe for matview-change-definition: there is no ALTER for a materialized view's query: DROP and CREATE in one
-- transaction hold ACCESS EXCLUSIVE on the old materialized view while the new query scans the base table.
-- relation: mv
CREATE MATERIALIZED VIEW mv AS SELECT p_id, count(*) AS n FROM t GROUP BY p_id;
-- statement
DROP MATERIALIZED VIEW mv;
CREATE MATERIALIZED VIEW mv AS SELECT p_id, count(*) AS n, max(i) AS top FROM t GROUP BY p_id;
