SET lock_timeout = '2s';
DROP VIEW user_emails;
ALTER TABLE users ALTER COLUMN email TYPE varchar(200);
CREATE VIEW user_emails AS SELECT id, email FROM users;
DROP FUNCTION price(integer);
CREATE FUNCTION price(n bigint) RETURNS bigint LANGUAGE sql AS $$ SELECT n $$;
