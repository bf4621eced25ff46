-- Objects defined by SQL (model::SchemaObject), one row each: kind, id, subject, the table they belong to, and the
-- parts ddl::frame_objects() frames into the statements that create, remove and replace them (model::SchemaObject::
-- parts: a definition printed by PostgreSQL's own catalog functions, an option, an expression...; no DDL keyword is
-- spelled here), so that a database and a schema file (read through a scratch database) meet in one spelling.
-- replace_key lines: an in-place replacement needs the old lines to be a prefix of the new ones. compare_key: what
-- equality compares when the statement carries more. facts: model::ObjectFacts read from catalog columns
-- ({"not_valid": true}), so that no rule searches the SQL for them.
-- Objects of extensions and of the system schemas are left out. PostgreSQL 13-18.
WITH user_ns AS (
    SELECT oid, nspname FROM pg_namespace
    WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND nspname NOT LIKE 'pg\_temp\_%'
      AND nspname NOT LIKE 'pg\_toast\_temp\_%'
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_namespace'::regclass AND d.objid = pg_namespace.oid
                      AND d.deptype = 'e')
),
ext_members AS (
    SELECT classid, objid FROM pg_depend WHERE deptype = 'e'
),
rels AS (
    SELECT c.oid, c.relname, c.relkind, c.reloptions, c.relispopulated, c.relrowsecurity, c.relforcerowsecurity,
           c.relispartition, c.relpartbound, c.relacl, c.relowner, c.reltoastrelid, n.nspname,
           format('%I.%I', n.nspname, c.relname) AS qname
    FROM pg_class c JOIN user_ns n ON n.oid = c.relnamespace
    WHERE NOT EXISTS (SELECT 1 FROM ext_members e WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid)
),
types AS (
    SELECT t.oid, t.typname, t.typtype, t.typbasetype, t.typtypmod, t.typnotnull, t.typdefault, t.typcollation,
           t.typrelid, t.typacl, t.typowner, n.nspname, format('%I.%I', n.nspname, t.typname) AS qname
    FROM pg_type t JOIN user_ns n ON n.oid = t.typnamespace
    WHERE NOT EXISTS (SELECT 1 FROM ext_members e WHERE e.classid = 'pg_type'::regclass AND e.objid = t.oid)
),
procs AS (
    SELECT p.oid, p.proname, p.prokind, p.prolang, p.proacl, p.proowner, n.nspname,
           format('%I.%I(%s)', n.nspname, p.proname, oidvectortypes(p.proargtypes)) AS signature,
           format('%I.%I(%s)', n.nspname, p.proname, pg_get_function_identity_arguments(p.oid)) AS callable
    FROM pg_proc p JOIN user_ns n ON n.oid = p.pronamespace
    WHERE p.prokind IN ('f', 'p', 'w')
      AND NOT EXISTS (SELECT 1 FROM ext_members e WHERE e.classid = 'pg_proc'::regclass AND e.objid = p.oid)
      -- a range type's constructor functions are made and dropped with the type (an internal dependency)
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                                                  AND d.deptype = 'i')
),
objects AS (
    -- Views: the query as pg_get_viewdef prints it, and the WITH (security_barrier, check_option, ...) options.
    SELECT 'view' AS kind, 'view ' || r.qname AS id, r.qname AS subject, NULL::text AS table_schema,
           NULL::text AS table_name,
           jsonb_build_object('options', array_to_string(r.reloptions, ', '), 'query', rtrim(pg_get_viewdef(r.oid), ';'))
               AS parts,
           (SELECT string_agg(format('%I %s', a.attname, format_type(a.atttypid, a.atttypmod)), E'\n' ORDER BY a.attnum)
            FROM pg_attribute a WHERE a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped) AS replace_key,
           NULL::text AS compare_key,
           NULL::jsonb AS facts
    FROM rels r WHERE r.relkind = 'v'
    UNION ALL
    -- View column defaults (used by INSERTs through the view). The id is the one pg_depend's pg_attrdef row gets
    -- (dependencies.sql), so a default that calls a function is dropped and set again around its rebuild.
    SELECT 'view-column-default', format('default %s.%I', r.qname, a.attname), format('%s.%I', r.qname, a.attname),
           r.nspname, r.relname, jsonb_build_object('expression', pg_get_expr(d.adbin, d.adrelid)), '', NULL, NULL
    FROM rels r JOIN pg_attrdef d ON d.adrelid = r.oid JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum = d.adnum
    WHERE r.relkind = 'v'
    UNION ALL
    -- Materialized views: WITH [NO] DATA is how it is created (facts.no_data), not what it is.
    SELECT 'materialized-view', 'view ' || r.qname, r.qname, NULL, NULL,
           jsonb_build_object('options', array_to_string(r.reloptions, ', '), 'query', rtrim(pg_get_viewdef(r.oid), ';')),
           NULL, NULL, jsonb_build_object('no_data', NOT r.relispopulated)
    FROM rels r WHERE r.relkind = 'm'
    UNION ALL
    SELECT 'materialized-view-index', 'index ' || format('%I.%I', n.nspname, ic.relname), format('%I.%I', n.nspname, ic.relname),
           r.nspname, r.relname, jsonb_build_object('definition', pg_get_indexdef(i.indexrelid)), NULL, NULL, NULL
    FROM rels r JOIN pg_index i ON i.indrelid = r.oid JOIN pg_class ic ON ic.oid = i.indexrelid
    JOIN pg_namespace n ON n.oid = ic.relnamespace
    WHERE r.relkind = 'm'
    UNION ALL
    -- Functions and procedures: pg_get_functiondef is already CREATE OR REPLACE. A LANGUAGE sql body that is not
    -- BEGIN ATOMIC is checked against the catalog when created (unchecked_body): it may name tables created later in
    -- the plan.
    SELECT CASE p.prokind WHEN 'p' THEN 'procedure' ELSE 'function' END, 'function ' || p.signature, p.signature,
           NULL, NULL,
           jsonb_build_object('definition', rtrim(pg_get_functiondef(p.oid), E'\n'),
                              'unchecked_body', CASE WHEN l.lanname = 'sql' AND fp.prosqlbody IS NULL THEN 'true' END,
                              'identity_arguments', pg_get_function_identity_arguments(p.oid)),
           concat_ws(E'\n', p.prokind, coalesce(pg_get_function_result(p.oid), ''), pg_get_function_identity_arguments(p.oid),
                     fp.pronargdefaults::text),
           rtrim(pg_get_functiondef(p.oid), E'\n'), NULL
    FROM procs p JOIN pg_proc fp ON fp.oid = p.oid JOIN pg_language l ON l.oid = p.prolang
    UNION ALL
    -- Aggregates (PostgreSQL prints no CREATE AGGREGATE of its own): every option, support functions as regproc
    -- prints them (ddl frames each). CREATE OR REPLACE AGGREGATE keeps the kind, arguments and result (replace_key).
    SELECT 'function', format('function %I.%I(%s)', n.nspname, p.proname, oidvectortypes(p.proargtypes)),
           format('%I.%I(%s)', n.nspname, p.proname, oidvectortypes(p.proargtypes)), NULL, NULL,
           jsonb_strip_nulls(jsonb_build_object(
               'aggregate', 'true',
               'arguments', pg_get_function_arguments(p.oid),
               'identity_arguments', pg_get_function_identity_arguments(p.oid),
               'sfunc', a.aggtransfn::regproc::text,
               'stype', format_type(a.aggtranstype, NULL),
               'sspace', nullif(a.aggtransspace, 0)::text,
               'finalfunc', nullif(a.aggfinalfn, 0)::regproc::text,
               'finalfunc_extra', CASE WHEN a.aggfinalextra THEN 'true' END,
               'finalfunc_modify', CASE WHEN a.aggfinalfn <> 0 THEN a.aggfinalmodify::text END,
               'combinefunc', nullif(a.aggcombinefn, 0)::regproc::text,
               'serialfunc', nullif(a.aggserialfn, 0)::regproc::text,
               'deserialfunc', nullif(a.aggdeserialfn, 0)::regproc::text,
               'initcond', a.agginitval,
               'msfunc', nullif(a.aggmtransfn, 0)::regproc::text,
               'minvfunc', nullif(a.aggminvtransfn, 0)::regproc::text,
               'mstype', CASE WHEN a.aggmtranstype <> 0 THEN format_type(a.aggmtranstype, NULL) END,
               'msspace', nullif(a.aggmtransspace, 0)::text,
               'mfinalfunc', nullif(a.aggmfinalfn, 0)::regproc::text,
               'mfinalfunc_extra', CASE WHEN a.aggmfinalextra THEN 'true' END,
               'mfinalfunc_modify', CASE WHEN a.aggmfinalfn <> 0 THEN a.aggmfinalmodify::text END,
               'minitcond', a.aggminitval,
               'sortop_schema', (SELECT opn.nspname FROM pg_operator o JOIN pg_namespace opn ON opn.oid = o.oprnamespace
                                 WHERE o.oid = a.aggsortop),
               'sortop', (SELECT o.oprname FROM pg_operator o WHERE o.oid = a.aggsortop),
               'hypothetical', CASE WHEN a.aggkind = 'h' THEN 'true' END,
               'parallel', p.proparallel::text)),
           concat_ws(E'\n', 'a', a.aggkind, a.aggnumdirectargs::text, pg_get_function_result(p.oid),
                     pg_get_function_identity_arguments(p.oid)),
           NULL, NULL
    FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid JOIN user_ns n ON n.oid = p.pronamespace
    WHERE NOT EXISTS (SELECT 1 FROM ext_members e WHERE e.classid = 'pg_proc'::regclass AND e.objid = p.oid)
    UNION ALL
    -- Triggers (not the internal ones of foreign keys, nor the clones a partition gets from its parent).
    SELECT 'trigger', format('trigger %s.%I', r.qname, t.tgname), format('%s.%I', r.qname, t.tgname), r.nspname, r.relname,
           jsonb_build_object('definition', pg_get_triggerdef(t.oid)), NULL, NULL, NULL
    FROM pg_trigger t JOIN rels r ON r.oid = t.tgrelid
    WHERE NOT t.tgisinternal AND t.tgparentid = 0
    UNION ALL
    -- A trigger's state when it is not the default (O): D disabled, R replica, A always.
    SELECT 'trigger-state', format('trigger-state %s.%I', r.qname, t.tgname), format('%s.%I', r.qname, t.tgname),
           r.nspname, r.relname, jsonb_build_object('enabled', t.tgenabled::text), '', NULL,
           jsonb_build_object('disabled', t.tgenabled = 'D')
    FROM pg_trigger t JOIN rels r ON r.oid = t.tgrelid
    WHERE NOT t.tgisinternal AND t.tgparentid = 0 AND t.tgenabled <> 'O'
    UNION ALL
    -- Row-level security policies; ALTER POLICY can change roles and expressions, not the command or the kind.
    -- command: pg_policy.polcmd (r a w d *); roles: quoted, PUBLIC first.
    SELECT 'policy', format('policy %s.%I', r.qname, p.polname), format('%s.%I', r.qname, p.polname), r.nspname, r.relname,
           jsonb_build_object('permissive', p.polpermissive::text, 'command', p.polcmd::text, 'roles', pr.roles,
                              'using', pg_get_expr(p.polqual, p.polrelid),
                              'with_check', pg_get_expr(p.polwithcheck, p.polrelid)),
           concat_ws(E'\n', p.polpermissive::text, p.polcmd::text, (p.polqual IS NOT NULL)::text, (p.polwithcheck IS NOT NULL)::text),
           NULL,
           jsonb_build_object('permissive_read', p.polpermissive AND p.polcmd IN ('r', '*'))
    FROM pg_policy p JOIN rels r ON r.oid = p.polrelid
    CROSS JOIN LATERAL (SELECT string_agg(CASE WHEN role_oid = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(role_oid)) END,
                                          ', ' ORDER BY role_oid <> 0, pg_get_userbyid(role_oid)) AS roles
                        FROM unnest(p.polroles) AS role_oid) pr
    UNION ALL
    SELECT 'row-security', 'row-security ' || r.qname, r.qname, r.nspname, r.relname, NULL, NULL, NULL, NULL
    FROM rels r WHERE r.relrowsecurity
    UNION ALL
    SELECT 'force-row-security', 'force-row-security ' || r.qname, r.qname, r.nspname, r.relname, NULL, NULL, NULL, NULL
    FROM rels r WHERE r.relforcerowsecurity
    UNION ALL
    -- Domains: the type with its base type and collation; default, NOT NULL and each CHECK are atoms of their own
    -- (ALTER DOMAIN changes them without dropping the type its columns use).
    SELECT 'domain', 'type ' || t.qname, t.qname, NULL, NULL,
           jsonb_build_object('base', format_type(t.typbasetype, t.typtypmod),
                              'collation', CASE WHEN t.typcollation <> 0 AND t.typcollation <> bt.typcollation
                                   THEN (SELECT format('%I.%I', cn.nspname, co.collname) FROM pg_collation co
                                         JOIN pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = t.typcollation)
                                   END),
           NULL, NULL, NULL
    FROM types t JOIN pg_type bt ON bt.oid = t.typbasetype WHERE t.typtype = 'd'
    UNION ALL
    SELECT 'domain-default', 'domain-default ' || t.qname, t.qname, NULL, NULL,
           jsonb_build_object('expression', t.typdefault), '', NULL, NULL
    FROM types t WHERE t.typtype = 'd' AND t.typdefault IS NOT NULL
    UNION ALL
    SELECT 'domain-not-null', 'domain-not-null ' || t.qname, t.qname, NULL, NULL, NULL, NULL, NULL, NULL
    FROM types t WHERE t.typtype = 'd' AND t.typnotnull
    UNION ALL
    SELECT 'domain-constraint', format('domain-constraint %s.%I', t.qname, c.conname), format('%s.%I', t.qname, c.conname),
           NULL, NULL, jsonb_build_object('definition', pg_get_constraintdef(c.oid)), NULL, NULL,
           jsonb_build_object('not_valid', NOT c.convalidated)
    FROM types t JOIN pg_constraint c ON c.contypid = t.oid WHERE t.typtype = 'd' AND c.contype = 'c'
    UNION ALL
    -- Composite types: attributes, as CREATE TYPE lists them ("name type [COLLATE c], ..."); replace_key: one line
    -- per attribute, which ALTER TYPE ADD / DROP ATTRIBUTE changes.
    SELECT 'composite-type', 'type ' || t.qname, t.qname, NULL, NULL,
           jsonb_build_object('attributes', array_to_string(attrs.lines, ', ')), array_to_string(attrs.lines, E'\n'),
           NULL, NULL
    FROM types t JOIN pg_class c ON c.oid = t.typrelid
    CROSS JOIN LATERAL (
        SELECT array_agg(format('%I %s%s', a.attname, format_type(a.atttypid, a.atttypmod),
                                CASE WHEN a.attcollation <> 0 AND a.attcollation <> at.typcollation
                                     THEN ' COLLATE ' || (SELECT format('%I.%I', cn.nspname, co.collname)
                                                          FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace
                                                          WHERE co.oid = a.attcollation)
                                     ELSE '' END) ORDER BY a.attnum) AS lines
        FROM pg_attribute a JOIN pg_type at ON at.oid = a.atttypid
        WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped) attrs
    WHERE t.typtype = 'c' AND c.relkind = 'c'
    UNION ALL
    -- Range types (with their multirange type's name, PostgreSQL >= 14); subtype_opclass only when not the default.
    SELECT 'range-type', 'type ' || t.qname, t.qname, NULL, NULL,
           jsonb_build_object(
               'subtype', format_type(rg.rngsubtype, NULL),
               'subtype_opclass', CASE WHEN NOT oc.opcdefault THEN format('%I.%I', ocn.nspname, oc.opcname) END,
               'collation', CASE WHEN rg.rngcollation <> 0 AND rg.rngcollation <> st.typcollation
                                 THEN (SELECT format('%I.%I', cn.nspname, co.collname) FROM pg_collation co
                                       JOIN pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = rg.rngcollation) END,
               'canonical', CASE WHEN rg.rngcanonical <> 0 THEN rg.rngcanonical::regproc::text END,
               'subtype_diff', CASE WHEN rg.rngsubdiff <> 0 THEN rg.rngsubdiff::regproc::text END,
               'multirange_type_name', (SELECT format('%I.%I', mn.nspname, mt.typname) FROM pg_type mt
                                        JOIN pg_namespace mn ON mn.oid = mt.typnamespace
                                        WHERE mt.oid = (to_jsonb(rg) ->> 'rngmultitypid')::oid)),
           NULL, NULL, NULL
    FROM types t JOIN pg_range rg ON rg.rngtypid = t.oid JOIN pg_type st ON st.oid = rg.rngsubtype
    JOIN pg_opclass oc ON oc.oid = rg.rngsubopc JOIN pg_namespace ocn ON ocn.oid = oc.opcnamespace
    WHERE t.typtype = 'r'
    UNION ALL
    -- Collations (the ICU locale column is colliculocale on 15-16, colllocale from 17). provider: i, b or c.
    SELECT 'collation', format('collation %I.%I', n.nspname, co.collname), format('%I.%I', n.nspname, co.collname), NULL, NULL,
           jsonb_build_object('provider', co.collprovider::text,
                              'locale', coalesce(to_jsonb(co) ->> 'colllocale', to_jsonb(co) ->> 'colliculocale'),
                              'lc_collate', co.collcollate, 'lc_ctype', co.collctype,
                              'deterministic', co.collisdeterministic::text),
           NULL, NULL, NULL
    FROM pg_collation co JOIN user_ns n ON n.oid = co.collnamespace
    WHERE NOT EXISTS (SELECT 1 FROM ext_members e WHERE e.classid = 'pg_collation'::regclass AND e.objid = co.oid)
    UNION ALL
    -- Extended statistics, with their statistics target when it is set (-1: the columns' own; PostgreSQL 17 spells
    -- that NULL): ALTER STATISTICS ... SET STATISTICS changes it in place, when the definition (replace_key) stays.
    SELECT 'statistics', format('statistics %I.%I', n.nspname, s.stxname), format('%I.%I', n.nspname, s.stxname),
           r.nspname, r.relname,
           jsonb_build_object('definition', pg_get_statisticsobjdef(s.oid), 'target', coalesce(s.stxstattarget, -1)::text),
           pg_get_statisticsobjdef(s.oid), NULL, NULL
    FROM pg_statistic_ext s JOIN pg_namespace n ON n.oid = s.stxnamespace JOIN rels r ON r.oid = s.stxrelid
    UNION ALL
    -- Event triggers (database-wide); tags one per line.
    SELECT 'event-trigger', format('event-trigger %I', e.evtname), quote_ident(e.evtname), NULL, NULL,
           jsonb_build_object('event', e.evtevent, 'tags', array_to_string(e.evttags, E'\n'),
                              'function', e.evtfoid::regproc::text),
           NULL, NULL, NULL
    FROM pg_event_trigger e
    WHERE NOT EXISTS (SELECT 1 FROM ext_members x WHERE x.classid = 'pg_event_trigger'::regclass AND x.objid = e.oid)
    UNION ALL
    SELECT 'event-trigger-state', format('event-trigger-state %I', e.evtname), quote_ident(e.evtname), NULL, NULL,
           jsonb_build_object('enabled', e.evtenabled::text), '', NULL,
           jsonb_build_object('disabled', e.evtenabled = 'D')
    FROM pg_event_trigger e
    WHERE e.evtenabled <> 'O'
      AND NOT EXISTS (SELECT 1 FROM ext_members x WHERE x.classid = 'pg_event_trigger'::regclass AND x.objid = e.oid)
    UNION ALL
    -- Storage parameters of tables (fillfactor, autovacuum_*, ...) and of their TOAST tables (toast.*): one atom per
    -- parameter. Boolean values are stored as written (off, false, 0, ...): printed as true / false.
    SELECT 'table-option', format('table-option %s.%s', r.qname, opt.name), format('%s (%s)', r.qname, opt.name),
           r.nspname, r.relname, jsonb_build_object('value', opt.value), '', NULL, NULL
    FROM rels r
    CROSS JOIN LATERAL (
        SELECT '' AS prefix, o FROM unnest(r.reloptions) o
        UNION ALL
        SELECT 'toast.', o FROM pg_class tc CROSS JOIN LATERAL unnest(tc.reloptions) o WHERE tc.oid = r.reltoastrelid
    ) raw
    CROSS JOIN LATERAL (SELECT raw.prefix || split_part(raw.o, '=', 1) AS name, substr(raw.o, strpos(raw.o, '=') + 1) AS written) n
    CROSS JOIN LATERAL (
        SELECT n.name, CASE WHEN n.name ~ '(^|\.)(autovacuum_enabled|vacuum_truncate|user_catalog_table)$' THEN
                   CASE WHEN lower(n.written) IN ('on', 'true', 'yes', '1', 't', 'y') THEN 'true'
                        WHEN lower(n.written) IN ('off', 'false', 'no', '0', 'f', 'n') THEN 'false'
                        ELSE n.written END
               ELSE n.written END AS value
    ) opt
    WHERE r.relkind IN ('r', 'p')
    UNION ALL
    -- Column storage (pg_attribute.attstorage: p e m x), compression (p l) and statistics target where they differ
    -- from the defaults (type_storage: the type's, which RESET-like removal goes back to).
    SELECT 'column-storage', format('column-storage %s.%I', r.qname, a.attname), format('%s.%I', r.qname, a.attname),
           r.nspname, r.relname, jsonb_build_object('storage', a.attstorage::text, 'type_storage', ty.typstorage::text),
           '', NULL, NULL
    FROM rels r JOIN pg_attribute a ON a.attrelid = r.oid JOIN pg_type ty ON ty.oid = a.atttypid
    WHERE r.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped AND a.attstorage <> ty.typstorage
    UNION ALL
    SELECT 'column-compression', format('column-compression %s.%I', r.qname, a.attname), format('%s.%I', r.qname, a.attname),
           r.nspname, r.relname, jsonb_build_object('compression', a.attcompression::text), '', NULL, NULL
    FROM rels r JOIN pg_attribute a ON a.attrelid = r.oid
    WHERE r.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped AND a.attcompression <> ''
    UNION ALL
    SELECT 'column-statistics', format('column-statistics %s.%I', r.qname, a.attname), format('%s.%I', r.qname, a.attname),
           r.nspname, r.relname, jsonb_build_object('target', a.attstattarget::text), '', NULL, NULL
    FROM rels r JOIN pg_attribute a ON a.attrelid = r.oid
    WHERE r.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped AND coalesce(a.attstattarget::int, -1) >= 0
    UNION ALL
    -- Partitions: the link to the parent (table), with the bound.
    SELECT 'partition', 'partition ' || r.qname, r.qname, pn.nspname, p.relname,
           jsonb_build_object('bound', pg_get_expr(r.relpartbound, r.oid)), NULL, NULL, NULL
    FROM rels r JOIN pg_inherits i ON i.inhrelid = r.oid JOIN pg_class p ON p.oid = i.inhparent
    JOIN pg_namespace pn ON pn.oid = p.relnamespace
    WHERE r.relispartition AND r.relkind IN ('r', 'p')
    UNION ALL
    -- Table inheritance (INHERITS): the id names the child and the parent.
    SELECT 'inheritance', format('inheritance %s %I.%I', r.qname, pn.nspname, p.relname), r.qname, pn.nspname, p.relname,
           NULL, NULL, NULL, NULL
    FROM rels r JOIN pg_inherits i ON i.inhrelid = r.oid JOIN pg_class p ON p.oid = i.inhparent
    JOIN pg_namespace pn ON pn.oid = p.relnamespace
    WHERE NOT r.relispartition AND r.relkind = 'r'
)
SELECT * FROM objects ORDER BY id
