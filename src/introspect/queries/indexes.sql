-- Stand-alone indexes of ordinary tables (indexes behind PRIMARY KEY / UNIQUE / EXCLUDE constraints are read as
-- constraints): schema, table, name, definition (pg_get_indexdef), comment. PostgreSQL 13-17.
SELECT n.nspname AS schema,
       c.relname AS table_name,
       ic.relname AS name,
       -- an index on a partitioned table prints as ON ONLY (the parent alone); created plainly it recurses
       CASE WHEN c.relkind = 'p' THEN replace(pg_get_indexdef(i.indexrelid), ' ON ONLY ', ' ON ')
            ELSE pg_get_indexdef(i.indexrelid) END AS definition,
       obj_description(i.indexrelid, 'pg_class') AS comment
FROM pg_index i
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_class c ON c.oid = i.indrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
  -- a partition's index attached to its parent's comes with ATTACH PARTITION
  AND NOT EXISTS (SELECT 1 FROM pg_inherits h WHERE h.inhrelid = i.indexrelid)
  AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.contype IN ('p', 'u', 'x'))
  AND NOT EXISTS (SELECT 1 FROM pg_depend e
                  WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')
ORDER BY 1, 2, 3
