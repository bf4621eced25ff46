SET lock_timeout = '2s';
ALTER TABLE users DROP COLUMN legacy;

-- schemadiff:allow index-create
CREATE INDEX users_email_idx ON users (email);
