-- Probe for generated-drop-expression: DROP EXPRESSION keeps the stored values.
-- min_server_version: 130000
ALTER TABLE t ADD COLUMN g int GENERATED ALWAYS AS (i * 2) STORED;
-- statement
ALTER TABLE t ALTER COLUMN g DROP EXPRESSION;
