-- Probe for matview-drop: DROP MATERIALIZED VIEW takes ACCESS EXCLUSIVE on the materialized view only.
-- relation: mv
CREATE MATERIALIZED VIEW mv AS SELECT p_id, count(*) AS n FROM t GROUP BY p_id;
-- statement
DROP MATERIALIZED VIEW mv;
