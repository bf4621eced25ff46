-- Privileges (read always, compared only with --privileges): one atom per object, grantee and privilege, from the
-- ACLs of tables, views, sequences, columns, functions, schemas and types, and from ALTER DEFAULT PRIVILEGES. The
-- owner's own privileges are implicit and left out. PUBLIC is grantee 0. revoked: the atom is a privilege of the
-- built-in default taken away (model::ObjectFacts::revoked).
WITH user_ns AS (
    SELECT oid, nspname, nspacl, nspowner FROM pg_namespace
    WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND nspname NOT LIKE 'pg\_temp\_%'
      AND nspname NOT LIKE 'pg\_toast\_temp\_%'
),
-- Functions and types are usable by PUBLIC unless revoked (acldefault): an ACL is compared with that default, so a
-- NULL ACL and one that spells the default out are the same, and a privilege of the default that is missing becomes a
-- "revoke" atom (REVOKE to create it, GRANT to drop it), which an object created again gets back after its CREATE.
acl_sources AS (
    SELECT CASE c.relkind WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END AS keyword,
           format('%I.%I', n.nspname, c.relname) AS target, NULL::text AS column_name,
           CASE c.relkind WHEN 'S' THEN 'sequence ' WHEN 'v' THEN 'view ' WHEN 'm' THEN 'view ' ELSE 'table ' END
               || format('%I.%I', n.nspname, c.relname) AS object_id,
           c.relowner AS owner, c.relacl AS acl, NULL::aclitem[] AS default_acl
    FROM pg_class c JOIN user_ns n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
    UNION ALL
    SELECT 'TABLE', format('%I.%I', n.nspname, c.relname), at.attname,
           CASE WHEN c.relkind IN ('v', 'm') THEN format('view %I.%I', n.nspname, c.relname)  -- goes with the view
                ELSE format('column %I.%I.%I', n.nspname, c.relname, at.attname) END,
           c.relowner, at.attacl, NULL
    FROM pg_attribute at JOIN pg_class c ON c.oid = at.attrelid JOIN user_ns n ON n.oid = c.relnamespace
    WHERE at.attnum > 0 AND NOT at.attisdropped AND at.attacl IS NOT NULL
    UNION ALL
    SELECT CASE p.prokind WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END,
           -- GRANT ... ON FUNCTION takes aggregates too, by their argument types (no ORDER BY)
           format('%I.%I(%s)', n.nspname, p.proname, CASE WHEN p.prokind = 'a' THEN oidvectortypes(p.proargtypes)
                                                           ELSE pg_get_function_identity_arguments(p.oid) END), NULL,
           format('function %I.%I(%s)', n.nspname, p.proname, oidvectortypes(p.proargtypes)),
           p.proowner, p.proacl, acldefault('f', p.proowner)
    FROM pg_proc p JOIN user_ns n ON n.oid = p.pronamespace
    WHERE p.prokind IN ('f', 'p', 'w', 'a')
      -- a range type's constructors are part of the type
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                                                  AND d.deptype = 'i')
    UNION ALL
    SELECT 'SCHEMA', quote_ident(n.nspname), NULL, 'schema ' || quote_ident(n.nspname), n.nspowner, n.nspacl, NULL
    FROM user_ns n
    UNION ALL
    SELECT CASE t.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END, format('%I.%I', n.nspname, t.typname), NULL,
           format('type %I.%I', n.nspname, t.typname), t.typowner, t.typacl, acldefault('T', t.typowner)
    FROM pg_type t JOIN user_ns n ON n.oid = t.typnamespace
    WHERE t.typtype IN ('d', 'e', 'r', 'c')
      AND (t.typtype <> 'c' OR (SELECT c.relkind FROM pg_class c WHERE c.oid = t.typrelid) = 'c')
),
acl_items AS (
    SELECT s.keyword, s.target, s.column_name, s.object_id, s.owner, a.grantee, a.privilege_type, a.is_grantable,
           false AS revoked
    FROM acl_sources s CROSS JOIN LATERAL aclexplode(coalesce(s.acl, s.default_acl)) a
    WHERE NOT EXISTS (SELECT 1 FROM aclexplode(s.default_acl) d
                      WHERE d.grantee = a.grantee AND d.privilege_type = a.privilege_type AND d.is_grantable = a.is_grantable)
    UNION ALL
    SELECT s.keyword, s.target, s.column_name, s.object_id, s.owner, d.grantee, d.privilege_type, false, true
    FROM acl_sources s CROSS JOIN LATERAL aclexplode(s.default_acl) d
    WHERE s.acl IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM aclexplode(s.acl) a WHERE a.grantee = d.grantee AND a.privilege_type = d.privilege_type)
),
grants AS (
    SELECT format('%s %s %s %s %s', CASE WHEN revoked THEN 'revoke' ELSE 'grant' END, keyword,
                  target || coalesce('.' || quote_ident(column_name), ''), grantee_sql, privilege_type) AS id,
           format('%s %s%s %s %s', privilege_type, target, coalesce('.' || quote_ident(column_name), ''),
                  CASE WHEN revoked THEN 'revoked from' ELSE 'to' END, grantee_sql) AS subject,
           object_id,
           jsonb_build_object('privilege', privilege_type, 'column', column_name, 'keyword', keyword, 'target', target,
                              'grantee', CASE WHEN grantee <> 0 THEN pg_get_userbyid(grantee) END,
                              'grantable', is_grantable::text) AS parts,
           'grant' AS kind, revoked
    FROM (
        SELECT i.*, g.grantee_sql
        FROM acl_items i
        CROSS JOIN LATERAL (SELECT CASE WHEN i.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(i.grantee)) END
                                       AS grantee_sql) g
        WHERE i.grantee <> i.owner
    ) items
    UNION ALL
    SELECT format('default-privilege %s %s %s %s %s', pg_get_userbyid(d.defaclrole), coalesce(n.nspname, '*'), d.defaclobjtype,
                  CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(a.grantee)) END, a.privilege_type),
           format('default %s on %s%s to %s', a.privilege_type, objs.word, coalesce(' in ' || quote_ident(n.nspname), ''),
                  CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(a.grantee)) END),
           NULL,
           jsonb_build_object('role', pg_get_userbyid(d.defaclrole), 'schema', n.nspname, 'privilege', a.privilege_type,
                              'objects', d.defaclobjtype::text,
                              'grantee', CASE WHEN a.grantee <> 0 THEN pg_get_userbyid(a.grantee) END,
                              'grantable', a.is_grantable::text),
           'default-privilege', false
    FROM pg_default_acl d LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace
    CROSS JOIN LATERAL aclexplode(d.defaclacl) a
    CROSS JOIN LATERAL (SELECT CASE d.defaclobjtype WHEN 'r' THEN 'TABLES' WHEN 'S' THEN 'SEQUENCES' WHEN 'f' THEN 'FUNCTIONS'
                                                    WHEN 'T' THEN 'TYPES' ELSE 'SCHEMAS' END AS word) objs
    WHERE (d.defaclnamespace = 0 OR n.nspname IS NOT NULL) AND a.grantee <> d.defaclrole
      -- A global entry replaces the built-in default, which gives PUBLIC EXECUTE on functions and USAGE on types:
      -- that grant is implied, and its absence is a revoke of its own (below).
      AND NOT (d.defaclnamespace = 0 AND a.grantee = 0 AND (d.defaclobjtype, a.privilege_type) IN (('f', 'EXECUTE'), ('T', 'USAGE')))
    UNION ALL
    SELECT format('default-privilege %s * %s PUBLIC %s revoked', pg_get_userbyid(d.defaclrole), d.defaclobjtype, b.privilege),
           format('default %s on %s revoked from PUBLIC', b.privilege, b.word),
           NULL,
           jsonb_build_object('role', pg_get_userbyid(d.defaclrole), 'privilege', b.privilege, 'objects', b.objtype,
                              'grantable', 'false'),
           'default-privilege', true
    FROM pg_default_acl d
    JOIN (VALUES ('f', 'EXECUTE', 'FUNCTIONS'), ('T', 'USAGE', 'TYPES')) AS b(objtype, privilege, word)
      ON b.objtype = d.defaclobjtype::text
    WHERE d.defaclnamespace = 0
      AND NOT EXISTS (SELECT 1 FROM aclexplode(d.defaclacl) a WHERE a.grantee = 0 AND a.privilege_type = b.privilege)
)
SELECT * FROM grants ORDER BY id
