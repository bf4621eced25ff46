-- Installed extensions but plpgsql (present in every database): name, schema, comment. PostgreSQL 13-17.
SELECT e.extname AS name,
       n.nspname AS schema,
       obj_description(e.oid, 'pg_extension') AS comment
FROM pg_extension e
JOIN pg_namespace n ON n.oid = e.extnamespace
WHERE e.extname <> 'plpgsql'
ORDER BY 1
