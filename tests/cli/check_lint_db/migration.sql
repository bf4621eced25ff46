SET lock_timeout = '2s';
CREATE INDEX users_email_idx ON users (email);
ALTER TABLE users ALTER COLUMN email TYPE varchar(40);
