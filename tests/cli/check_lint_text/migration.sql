-- A hand-written migration with the usual mistakes.
CREATE INDEX users_email_idx ON users (email);

ALTER TABLE users ADD COLUMN created_at timestamptz DEFAULT now();

BEGIN;
SET LOCAL lock_timeout = '2s';
CREATE INDEX CONCURRENTLY orders_user_idx ON orders (user_id);
COMMIT;

UPDATE users SET created_at = now() WHERE created_at IS NULL;
