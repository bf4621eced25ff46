-- The size of each table of tables.sql, for the safety verdicts: the planner's row estimate (reltuples: -1 when never
-- analysed on PostgreSQL >= 14) and pg_total_relation_size (table, indexes, TOAST). Apart from tables.sql because
-- pg_total_relation_size stats every file of every table (4 s on 10,000 tables), which a scratch database, empty by
-- construction, does not need. PostgreSQL 13-17.
SELECT n.nspname AS schema,
       c.relname AS name,
       c.reltuples::float8 AS rows,
       pg_total_relation_size(c.oid) AS bytes
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
  AND n.nspname NOT LIKE 'pg\_temp\_%'
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY 1, 2
