-- The CHECK validated by 0002 proves the column: PostgreSQL >= 12 sets NOT NULL without a scan.
SET lock_timeout = '2s';
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
ALTER TABLE users DROP CONSTRAINT users_email_not_null;
-- a column nothing proves still scans
ALTER TABLE users ALTER COLUMN name SET NOT NULL;
