-- the domain an earlier file created is in use by then: the constraint scans users under SHARE
SET lock_timeout = '2s';
SET statement_timeout = '1h';
ALTER DOMAIN email ADD CONSTRAINT has_at CHECK (VALUE LIKE '%@%');
