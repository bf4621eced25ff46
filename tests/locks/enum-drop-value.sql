-- Probe for enum-drop-value: schemadiff's type rebuild (ddl.cpp rebuild_enum_sql): every column using the type is converted.
-- relation: t
-- type: mood
-- statement
ALTER TYPE mood RENAME TO mood__schemadiff_old;
CREATE TYPE mood AS ENUM ('sad', 'ok');
ALTER TABLE t ALTER COLUMN md TYPE mood USING md::text::mood;
DROP TYPE mood__schemadiff_old;
