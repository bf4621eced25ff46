-- Installed extensions but plpgsql (present in every database): name, schema. Their comments come from the
-- extension's control file and are not compared. PostgreSQL 13-17.
SELECT e.extname AS name,
       n.nspname AS schema
FROM pg_extension e
JOIN pg_namespace n ON n.oid = e.extnamespace
WHERE e.extname <> 'plpgsql'
ORDER BY 1
