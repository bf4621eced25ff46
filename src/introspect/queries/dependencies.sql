-- The dependency graph between user objects (pg_depend, normal and automatic dependencies; pg_rewrite rows stand
-- for their view), as pairs of ids in the model's spelling ("view public.v" depends on "column public.t.c").
-- Objects below FirstNormalObjectId (16384) are built in. Self-references and extension members are left out.
-- PostgreSQL 13-17.
--
-- Each object that ends an edge is named once (`ends`, joined to its own catalog), and the names are joined back
-- to the edges. The introspector runs this with enable_nestloop off, so every join is a hash or merge join whatever
-- the catalog statistics say: on a freshly loaded database without statistics the planner expects one row per CTE
-- and would otherwise nest loops over hundreds of thousands of edges for minutes. An earlier form named each edge's
-- two ends with correlated subqueries (one subplan run per end, about 40 us each): 25 s on 10,000 tables.
WITH edges AS (
    SELECT DISTINCT d.classid, d.objid, d.objsubid, d.refclassid, d.refobjid, d.refobjsubid
    FROM pg_depend d
    WHERE d.deptype IN ('n', 'a') AND d.objid >= 16384 AND d.refobjid >= 16384
      AND NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.deptype = 'e' AND x.classid = d.classid AND x.objid = d.objid)
),
ends AS (
    SELECT classid, objid, objsubid FROM edges
    UNION
    SELECT refclassid, refobjid, refobjsubid FROM edges
),
named (classid, objid, objsubid, name) AS (
    -- relations; a table's column when the edge names one (objsubid > 0)
    SELECT e.classid, e.objid, e.objsubid,
           CASE WHEN c.relkind IN ('r', 'p', 'f') AND e.objsubid > 0
                THEN format('column %I.%I.%I', n.nspname, c.relname, a.attname)
                WHEN c.relkind IN ('r', 'p', 'f') THEN format('table %I.%I', n.nspname, c.relname)
                WHEN c.relkind IN ('v', 'm') THEN format('view %I.%I', n.nspname, c.relname)
                WHEN c.relkind = 'S' THEN format('sequence %I.%I', n.nspname, c.relname)
                WHEN c.relkind IN ('i', 'I') THEN format('index %I.%I', n.nspname, c.relname)
                WHEN c.relkind = 'c' THEN format('type %I.%I', n.nspname, c.relname) END
    FROM ends e JOIN pg_class c ON c.oid = e.objid JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_attribute a ON c.relkind IN ('r', 'p', 'f') AND e.objsubid > 0
                            AND a.attrelid = c.oid AND a.attnum = e.objsubid
    WHERE e.classid = 'pg_class'::regclass
    UNION ALL
    -- a view's rewrite rule stands for the view
    SELECT e.classid, e.objid, e.objsubid, format('view %I.%I', n.nspname, c.relname)
    FROM ends e JOIN pg_rewrite w ON w.oid = e.objid JOIN pg_class c ON c.oid = w.ev_class
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE e.classid = 'pg_rewrite'::regclass
    UNION ALL
    -- an array type stands for its element type, a relation's row type for the relation
    SELECT e.classid, e.objid, e.objsubid,
           CASE WHEN et.typrelid <> 0 AND ec.relkind IN ('v', 'm') THEN format('view %I.%I', n.nspname, ec.relname)
                WHEN et.typrelid <> 0 AND ec.relkind <> 'c' THEN format('table %I.%I', n.nspname, ec.relname)
                ELSE format('type %I.%I', n.nspname, et.typname) END
    FROM ends e JOIN pg_type t ON t.oid = e.objid
    JOIN pg_type et ON et.oid = CASE WHEN t.typcategory = 'A' AND t.typelem <> 0 THEN t.typelem ELSE t.oid END
    JOIN pg_namespace n ON n.oid = et.typnamespace LEFT JOIN pg_class ec ON ec.oid = et.typrelid
    WHERE e.classid = 'pg_type'::regclass
    UNION ALL
    SELECT e.classid, e.objid, e.objsubid, format('function %I.%I(%s)', n.nspname, p.proname, oidvectortypes(p.proargtypes))
    FROM ends e JOIN pg_proc p ON p.oid = e.objid JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE e.classid = 'pg_proc'::regclass
    UNION ALL
    SELECT e.classid, e.objid, e.objsubid, format('trigger %I.%I.%I', n.nspname, c.relname, t.tgname)
    FROM ends e JOIN pg_trigger t ON t.oid = e.objid JOIN pg_class c ON c.oid = t.tgrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE e.classid = 'pg_trigger'::regclass
    UNION ALL
    SELECT e.classid, e.objid, e.objsubid, format('policy %I.%I.%I', n.nspname, c.relname, p.polname)
    FROM ends e JOIN pg_policy p ON p.oid = e.objid JOIN pg_class c ON c.oid = p.polrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE e.classid = 'pg_policy'::regclass
    UNION ALL
    SELECT e.classid, e.objid, e.objsubid,
           CASE WHEN k.contypid <> 0 THEN format('domain-constraint %I.%I.%I', tn.nspname, t.typname, k.conname)
                ELSE format('constraint %I.%I.%I', cn.nspname, c.relname, k.conname) END
    FROM ends e JOIN pg_constraint k ON k.oid = e.objid
    LEFT JOIN pg_type t ON t.oid = k.contypid LEFT JOIN pg_namespace tn ON tn.oid = t.typnamespace
    LEFT JOIN pg_class c ON c.oid = k.conrelid LEFT JOIN pg_namespace cn ON cn.oid = c.relnamespace
    WHERE e.classid = 'pg_constraint'::regclass
    UNION ALL
    SELECT e.classid, e.objid, e.objsubid, format('default %I.%I.%I', n.nspname, c.relname, a.attname)
    FROM ends e JOIN pg_attrdef d ON d.oid = e.objid JOIN pg_class c ON c.oid = d.adrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
    WHERE e.classid = 'pg_attrdef'::regclass
    UNION ALL
    SELECT e.classid, e.objid, e.objsubid, format('statistics %I.%I', n.nspname, s.stxname)
    FROM ends e JOIN pg_statistic_ext s ON s.oid = e.objid JOIN pg_namespace n ON n.oid = s.stxnamespace
    WHERE e.classid = 'pg_statistic_ext'::regclass
    UNION ALL
    SELECT e.classid, e.objid, e.objsubid, format('collation %I.%I', n.nspname, c.collname)
    FROM ends e JOIN pg_collation c ON c.oid = e.objid JOIN pg_namespace n ON n.oid = c.collnamespace
    WHERE e.classid = 'pg_collation'::regclass
    UNION ALL
    SELECT e.classid, e.objid, e.objsubid, format('event-trigger %I', v.evtname)
    FROM ends e JOIN pg_event_trigger v ON v.oid = e.objid
    WHERE e.classid = 'pg_event_trigger'::regclass
    UNION ALL
    SELECT e.classid, e.objid, e.objsubid, format('schema %I', n.nspname)
    FROM ends e JOIN pg_namespace n ON n.oid = e.objid
    WHERE e.classid = 'pg_namespace'::regclass
    UNION ALL
    SELECT e.classid, e.objid, e.objsubid, format('extension %I', x.extname)
    FROM ends e JOIN pg_extension x ON x.oid = e.objid
    WHERE e.classid = 'pg_extension'::regclass
)
SELECT DISTINCT a.name AS dependent, b.name AS dependency
FROM edges ed
JOIN named a ON a.classid = ed.classid AND a.objid = ed.objid AND a.objsubid = ed.objsubid
JOIN named b ON b.classid = ed.refclassid AND b.objid = ed.refobjid AND b.objsubid = ed.refobjsubid
WHERE a.name IS NOT NULL AND b.name IS NOT NULL AND a.name <> b.name
ORDER BY 1, 2
