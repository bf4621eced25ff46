-- The dependency graph between user objects (pg_depend, normal and automatic dependencies; pg_rewrite rows stand
-- for their view), as pairs of ids in the model's spelling ("view public.v" depends on "column public.t.c").
-- Objects below FirstNormalObjectId (16384) are built in. Self-references and extension members are left out.
-- Each edge names both its ends with correlated lookups, so the plan needs no join between large intermediate
-- results: a version that named each end once and joined the names back ran in minutes on a freshly loaded
-- database whose catalogs had no statistics yet (the planner then expects one row and nests loops).
WITH edges AS (
    SELECT DISTINCT d.classid, d.objid, d.objsubid, d.refclassid, d.refobjid, d.refobjsubid
    FROM pg_depend d
    WHERE d.deptype IN ('n', 'a') AND d.objid >= 16384 AND d.refobjid >= 16384
      AND NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.deptype = 'e' AND x.classid = d.classid AND x.objid = d.objid)
),
named AS (
    SELECT CASE ed.classid
        WHEN 'pg_class'::regclass THEN (
            SELECT CASE WHEN c.relkind IN ('r', 'p', 'f') AND ed.objsubid > 0
                        THEN format('column %I.%I.%I', n.nspname, c.relname,
                                    (SELECT attname FROM pg_attribute WHERE attrelid = c.oid AND attnum = ed.objsubid))
                        WHEN c.relkind IN ('r', 'p', 'f') THEN format('table %I.%I', n.nspname, c.relname)
                        WHEN c.relkind IN ('v', 'm') THEN format('view %I.%I', n.nspname, c.relname)
                        WHEN c.relkind = 'S' THEN format('sequence %I.%I', n.nspname, c.relname)
                        WHEN c.relkind IN ('i', 'I') THEN format('index %I.%I', n.nspname, c.relname)
                        WHEN c.relkind = 'c' THEN format('type %I.%I', n.nspname, c.relname) END
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = ed.objid)
        WHEN 'pg_rewrite'::regclass THEN (
            SELECT format('view %I.%I', n.nspname, c.relname) FROM pg_rewrite w JOIN pg_class c ON c.oid = w.ev_class
            JOIN pg_namespace n ON n.oid = c.relnamespace WHERE w.oid = ed.objid)
        WHEN 'pg_type'::regclass THEN (
            SELECT CASE WHEN et.typrelid <> 0 AND ec.relkind IN ('v', 'm') THEN format('view %I.%I', n.nspname, ec.relname)
                        WHEN et.typrelid <> 0 AND ec.relkind <> 'c' THEN format('table %I.%I', n.nspname, ec.relname)
                        ELSE format('type %I.%I', n.nspname, et.typname) END
            FROM pg_type t
            JOIN pg_type et ON et.oid = CASE WHEN t.typcategory = 'A' AND t.typelem <> 0 THEN t.typelem ELSE t.oid END
            JOIN pg_namespace n ON n.oid = et.typnamespace LEFT JOIN pg_class ec ON ec.oid = et.typrelid
            WHERE t.oid = ed.objid)
        WHEN 'pg_proc'::regclass THEN (
            SELECT format('function %I.%I(%s)', n.nspname, p.proname, oidvectortypes(p.proargtypes))
            FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE p.oid = ed.objid)
        WHEN 'pg_trigger'::regclass THEN (
            SELECT format('trigger %I.%I.%I', n.nspname, c.relname, t.tgname) FROM pg_trigger t
            JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE t.oid = ed.objid)
        WHEN 'pg_policy'::regclass THEN (
            SELECT format('policy %I.%I.%I', n.nspname, c.relname, p.polname) FROM pg_policy p
            JOIN pg_class c ON c.oid = p.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE p.oid = ed.objid)
        WHEN 'pg_constraint'::regclass THEN (
            SELECT CASE WHEN k.contypid <> 0 THEN format('domain-constraint %I.%I.%I', tn.nspname, t.typname, k.conname)
                        ELSE format('constraint %I.%I.%I', cn.nspname, c.relname, k.conname) END
            FROM pg_constraint k LEFT JOIN pg_type t ON t.oid = k.contypid LEFT JOIN pg_namespace tn ON tn.oid = t.typnamespace
            LEFT JOIN pg_class c ON c.oid = k.conrelid LEFT JOIN pg_namespace cn ON cn.oid = c.relnamespace
            WHERE k.oid = ed.objid)
        WHEN 'pg_attrdef'::regclass THEN (
            SELECT format('default %I.%I.%I', n.nspname, c.relname, a.attname) FROM pg_attrdef d
            JOIN pg_class c ON c.oid = d.adrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum WHERE d.oid = ed.objid)
        WHEN 'pg_statistic_ext'::regclass THEN (
            SELECT format('statistics %I.%I', n.nspname, s.stxname) FROM pg_statistic_ext s
            JOIN pg_namespace n ON n.oid = s.stxnamespace WHERE s.oid = ed.objid)
        WHEN 'pg_collation'::regclass THEN (
            SELECT format('collation %I.%I', n.nspname, c.collname) FROM pg_collation c
            JOIN pg_namespace n ON n.oid = c.collnamespace WHERE c.oid = ed.objid)
        WHEN 'pg_event_trigger'::regclass THEN (SELECT format('event-trigger %I', e.evtname) FROM pg_event_trigger e WHERE e.oid = ed.objid)
        WHEN 'pg_namespace'::regclass THEN (SELECT format('schema %I', n.nspname) FROM pg_namespace n WHERE n.oid = ed.objid)
        WHEN 'pg_extension'::regclass THEN (SELECT format('extension %I', x.extname) FROM pg_extension x WHERE x.oid = ed.objid)
    END AS dependent,
           CASE ed.refclassid
        WHEN 'pg_class'::regclass THEN (
            SELECT CASE WHEN c.relkind IN ('r', 'p', 'f') AND ed.refobjsubid > 0
                        THEN format('column %I.%I.%I', n.nspname, c.relname,
                                    (SELECT attname FROM pg_attribute WHERE attrelid = c.oid AND attnum = ed.refobjsubid))
                        WHEN c.relkind IN ('r', 'p', 'f') THEN format('table %I.%I', n.nspname, c.relname)
                        WHEN c.relkind IN ('v', 'm') THEN format('view %I.%I', n.nspname, c.relname)
                        WHEN c.relkind = 'S' THEN format('sequence %I.%I', n.nspname, c.relname)
                        WHEN c.relkind IN ('i', 'I') THEN format('index %I.%I', n.nspname, c.relname)
                        WHEN c.relkind = 'c' THEN format('type %I.%I', n.nspname, c.relname) END
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = ed.refobjid)
        WHEN 'pg_rewrite'::regclass THEN (
            SELECT format('view %I.%I', n.nspname, c.relname) FROM pg_rewrite w JOIN pg_class c ON c.oid = w.ev_class
            JOIN pg_namespace n ON n.oid = c.relnamespace WHERE w.oid = ed.refobjid)
        WHEN 'pg_type'::regclass THEN (
            SELECT CASE WHEN et.typrelid <> 0 AND ec.relkind IN ('v', 'm') THEN format('view %I.%I', n.nspname, ec.relname)
                        WHEN et.typrelid <> 0 AND ec.relkind <> 'c' THEN format('table %I.%I', n.nspname, ec.relname)
                        ELSE format('type %I.%I', n.nspname, et.typname) END
            FROM pg_type t
            JOIN pg_type et ON et.oid = CASE WHEN t.typcategory = 'A' AND t.typelem <> 0 THEN t.typelem ELSE t.oid END
            JOIN pg_namespace n ON n.oid = et.typnamespace LEFT JOIN pg_class ec ON ec.oid = et.typrelid
            WHERE t.oid = ed.refobjid)
        WHEN 'pg_proc'::regclass THEN (
            SELECT format('function %I.%I(%s)', n.nspname, p.proname, oidvectortypes(p.proargtypes))
            FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE p.oid = ed.refobjid)
        WHEN 'pg_trigger'::regclass THEN (
            SELECT format('trigger %I.%I.%I', n.nspname, c.relname, t.tgname) FROM pg_trigger t
            JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE t.oid = ed.refobjid)
        WHEN 'pg_policy'::regclass THEN (
            SELECT format('policy %I.%I.%I', n.nspname, c.relname, p.polname) FROM pg_policy p
            JOIN pg_class c ON c.oid = p.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE p.oid = ed.refobjid)
        WHEN 'pg_constraint'::regclass THEN (
            SELECT CASE WHEN k.contypid <> 0 THEN format('domain-constraint %I.%I.%I', tn.nspname, t.typname, k.conname)
                        ELSE format('constraint %I.%I.%I', cn.nspname, c.relname, k.conname) END
            FROM pg_constraint k LEFT JOIN pg_type t ON t.oid = k.contypid LEFT JOIN pg_namespace tn ON tn.oid = t.typnamespace
            LEFT JOIN pg_class c ON c.oid = k.conrelid LEFT JOIN pg_namespace cn ON cn.oid = c.relnamespace
            WHERE k.oid = ed.refobjid)
        WHEN 'pg_attrdef'::regclass THEN (
            SELECT format('default %I.%I.%I', n.nspname, c.relname, a.attname) FROM pg_attrdef d
            JOIN pg_class c ON c.oid = d.adrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum WHERE d.oid = ed.refobjid)
        WHEN 'pg_statistic_ext'::regclass THEN (
            SELECT format('statistics %I.%I', n.nspname, s.stxname) FROM pg_statistic_ext s
            JOIN pg_namespace n ON n.oid = s.stxnamespace WHERE s.oid = ed.refobjid)
        WHEN 'pg_collation'::regclass THEN (
            SELECT format('collation %I.%I', n.nspname, c.collname) FROM pg_collation c
            JOIN pg_namespace n ON n.oid = c.collnamespace WHERE c.oid = ed.refobjid)
        WHEN 'pg_event_trigger'::regclass THEN (SELECT format('event-trigger %I', e.evtname) FROM pg_event_trigger e WHERE e.oid = ed.refobjid)
        WHEN 'pg_namespace'::regclass THEN (SELECT format('schema %I', n.nspname) FROM pg_namespace n WHERE n.oid = ed.refobjid)
        WHEN 'pg_extension'::regclass THEN (SELECT format('extension %I', x.extname) FROM pg_extension x WHERE x.oid = ed.refobjid)
    END AS dependency
    FROM edges ed
)
SELECT DISTINCT dependent, dependency FROM named
WHERE dependent IS NOT NULL AND dependency IS NOT NULL AND dependent <> dependency
ORDER BY 1, 2
