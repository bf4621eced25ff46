-- The key swap PostgreSQL documents: the new unique index is built concurrently, then swapped in in one statement.
SET lock_timeout = '2s';
SET statement_timeout = '1h';
CREATE TABLE t (id int PRIMARY KEY, email text CONSTRAINT t_email_key UNIQUE, org int);
CREATE UNIQUE INDEX CONCURRENTLY t_id_new_idx ON t (id);
ALTER TABLE t DROP CONSTRAINT t_pkey, ADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX t_id_new_idx;
-- another key is not a swap: uniqueness of email alone lapses
CREATE UNIQUE INDEX CONCURRENTLY t_email_org ON t (email, org);
ALTER TABLE t DROP CONSTRAINT t_email_key, ADD CONSTRAINT t_email_key UNIQUE USING INDEX t_email_org;
-- nor is a drop committed before the new key is added
CREATE UNIQUE INDEX CONCURRENTLY t_id_again ON t (id);
ALTER TABLE t DROP CONSTRAINT t_pkey;
ALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX t_id_again;
