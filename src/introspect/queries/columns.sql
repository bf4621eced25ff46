-- Columns of ordinary tables, in attnum order: schema, table, name, type (format_type), not null, default,
-- generated expression, identity ('a' / 'd' / ''), the identity sequence's options, collation when it differs from
-- the type's, comment. attoptions (where some builds keep internal pg_* entries) is deliberately not read.
-- PostgreSQL 13-17.
SELECT n.nspname AS schema,
       c.relname AS table_name,
       a.attname AS name,
       format_type(a.atttypid, a.atttypmod) AS type,
       a.attnotnull AS not_null,
       CASE WHEN a.attgenerated = '' THEN pg_get_expr(ad.adbin, ad.adrelid) END AS default_value,
       CASE WHEN a.attgenerated = 's' THEN pg_get_expr(ad.adbin, ad.adrelid) END AS generated,
       a.attidentity AS identity,
       format_type(s.seqtypid, NULL) AS seq_type,
       s.seqstart AS seq_start, s.seqincrement AS seq_increment, s.seqmin AS seq_min, s.seqmax AS seq_max,
       s.seqcache AS seq_cache, s.seqcycle AS seq_cycle,
       CASE WHEN a.attcollation <> t.typcollation THEN co.collname END AS collation,
       CASE WHEN a.attcollation <> t.typcollation THEN con.nspname END AS collation_schema,
       col_description(c.oid, a.attnum) AS comment
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN pg_collation co ON co.oid = a.attcollation
LEFT JOIN pg_namespace con ON con.oid = co.collnamespace
LEFT JOIN pg_depend d ON a.attidentity <> '' AND d.refclassid = 'pg_class'::regclass AND d.refobjid = c.oid
                     AND d.refobjsubid = a.attnum AND d.classid = 'pg_class'::regclass AND d.deptype = 'i'
LEFT JOIN pg_sequence s ON s.seqrelid = d.objid
WHERE c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
  AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
  AND n.nspname NOT LIKE 'pg\_temp\_%'
  AND NOT EXISTS (SELECT 1 FROM pg_depend e
                  WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')
ORDER BY 1, 2, a.attnum
