-- Table constraints (primary key, unique, check, foreign key, exclusion): schema, table, name, type letter,
-- definition (pg_get_constraintdef), validated, referenced table, comment. PostgreSQL 13-17 (18's NOT NULL
-- constraints, type 'n', are columns' not_null here).
SELECT n.nspname AS schema,
       c.relname AS table_name,
       k.conname AS name,
       k.contype AS type,
       pg_get_constraintdef(k.oid) AS definition,
       k.convalidated AS validated,
       rn.nspname AS ref_schema,
       r.relname AS ref_table,
       obj_description(k.oid, 'pg_constraint') AS comment
FROM pg_constraint k
JOIN pg_class c ON c.oid = k.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_class r ON r.oid = k.confrelid
LEFT JOIN pg_namespace rn ON rn.oid = r.relnamespace
WHERE c.relkind IN ('r', 'p') AND k.contype IN ('p', 'u', 'c', 'f', 'x')
  -- a partition's copies of its parent's keys and foreign keys come with ATTACH PARTITION
  AND k.conparentid = 0
  AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
  AND NOT EXISTS (SELECT 1 FROM pg_depend e
                  WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')
ORDER BY 1, 2, 3
