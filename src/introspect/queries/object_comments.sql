-- Comments on objects defined by SQL (views, functions, triggers, policies, domains, composite and range types,
-- collations, statistics, event triggers, domain constraints, columns of views), as atoms "comment <object id>". Comments on tables,
-- columns, constraints, indexes, sequences, enums, schemas and extensions belong to the structured model.
-- parts: the description, and what ddl needs beyond the object's id to name it in COMMENT ON (materialized,
-- procedure, domain: which of the kinds sharing an id word; identity_arguments: a routine's, as COMMENT ON takes them).
WITH user_ns AS (
    SELECT oid, nspname FROM pg_namespace
    WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND nspname NOT LIKE 'pg\_temp\_%'
),
targets AS (
    SELECT d.description, jsonb_build_object('materialized', (c.relkind = 'm')::text) AS parts,
           'view ' || format('%I.%I', n.nspname, c.relname) AS object_id
    FROM pg_description d JOIN pg_class c ON d.classoid = 'pg_class'::regclass AND d.objoid = c.oid AND d.objsubid = 0
    JOIN user_ns n ON n.oid = c.relnamespace WHERE c.relkind IN ('v', 'm')
    UNION ALL
    SELECT d.description, jsonb_build_object('procedure', (p.prokind = 'p')::text,
                                             'identity_arguments', pg_get_function_identity_arguments(p.oid)),
           format('function %I.%I(%s)', n.nspname, p.proname, oidvectortypes(p.proargtypes))
    FROM pg_description d JOIN pg_proc p ON d.classoid = 'pg_proc'::regclass AND d.objoid = p.oid
    JOIN user_ns n ON n.oid = p.pronamespace WHERE p.prokind IN ('f', 'p', 'w')
    UNION ALL
    SELECT d.description, NULL, format('trigger %I.%I.%I', n.nspname, c.relname, t.tgname)
    FROM pg_description d JOIN pg_trigger t ON d.classoid = 'pg_trigger'::regclass AND d.objoid = t.oid
    JOIN pg_class c ON c.oid = t.tgrelid JOIN user_ns n ON n.oid = c.relnamespace
    UNION ALL
    SELECT d.description, NULL, format('policy %I.%I.%I', n.nspname, c.relname, p.polname)
    FROM pg_description d JOIN pg_policy p ON d.classoid = 'pg_policy'::regclass AND d.objoid = p.oid
    JOIN pg_class c ON c.oid = p.polrelid JOIN user_ns n ON n.oid = c.relnamespace
    UNION ALL
    SELECT d.description, jsonb_build_object('domain', (t.typtype = 'd')::text), format('type %I.%I', n.nspname, t.typname)
    FROM pg_description d JOIN pg_type t ON d.classoid = 'pg_type'::regclass AND d.objoid = t.oid
    JOIN user_ns n ON n.oid = t.typnamespace
    WHERE t.typtype IN ('d', 'r') OR (t.typtype = 'c' AND EXISTS (SELECT 1 FROM pg_class c WHERE c.oid = t.typrelid AND c.relkind = 'c'))
    UNION ALL
    SELECT d.description, NULL, format('domain-constraint %I.%I.%I', n.nspname, t.typname, c.conname)
    FROM pg_description d JOIN pg_constraint c ON d.classoid = 'pg_constraint'::regclass AND d.objoid = c.oid
    JOIN pg_type t ON t.oid = c.contypid JOIN user_ns n ON n.oid = t.typnamespace
    UNION ALL
    SELECT d.description, NULL, format('collation %I.%I', n.nspname, co.collname)
    FROM pg_description d JOIN pg_collation co ON d.classoid = 'pg_collation'::regclass AND d.objoid = co.oid
    JOIN user_ns n ON n.oid = co.collnamespace
    UNION ALL
    SELECT d.description, NULL, format('statistics %I.%I', n.nspname, s.stxname)
    FROM pg_description d JOIN pg_statistic_ext s ON d.classoid = 'pg_statistic_ext'::regclass AND d.objoid = s.oid
    JOIN user_ns n ON n.oid = s.stxnamespace
    UNION ALL
    SELECT d.description, NULL, format('event-trigger %I', e.evtname)
    FROM pg_description d JOIN pg_event_trigger e ON d.classoid = 'pg_event_trigger'::regclass AND d.objoid = e.oid
)
SELECT 'comment ' || object_id AS id, object_id,
       coalesce(parts, '{}'::jsonb) || jsonb_build_object('description', description) AS parts
FROM targets
UNION ALL
-- Comments on the columns of views and materialized views: they go and come back with the view.
SELECT format('comment view-column %I.%I.%I', n.nspname, c.relname, a.attname), format('view %I.%I', n.nspname, c.relname),
       jsonb_build_object('description', d.description)
FROM pg_description d JOIN pg_class c ON d.classoid = 'pg_class'::regclass AND d.objoid = c.oid AND d.objsubid > 0
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = d.objsubid
JOIN user_ns n ON n.oid = c.relnamespace WHERE c.relkind IN ('v', 'm')
ORDER BY 1
