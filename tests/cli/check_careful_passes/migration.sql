SET lock_timeout = '2s';
ALTER TABLE users ALTER COLUMN nickname DROP NOT NULL;
DROP INDEX users_nickname_idx;
