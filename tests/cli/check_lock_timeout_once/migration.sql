ALTER TABLE users ADD COLUMN nickname text;
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
CREATE INDEX users_email_idx ON users (email);
BEGIN;
ALTER TABLE orders DROP COLUMN legacy;
ALTER TABLE orders ADD CONSTRAINT orders_qty_check CHECK (qty > 0);
COMMIT;
