-- Statements on objects defined by SQL, on tables that already exist.
SET lock_timeout = '2s';

CREATE TRIGGER orders_audit AFTER UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION audit();

CREATE POLICY orders_owner ON orders FOR SELECT USING (owner = current_user);

ALTER TABLE orders ENABLE ROW LEVEL SECURITY;

ALTER TABLE events ATTACH PARTITION events_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

DROP VIEW order_totals;

-- On a table the migration creates, the same statements are SAFE.
CREATE TABLE invoices (id bigint PRIMARY KEY, owner text);
CREATE TRIGGER invoices_audit AFTER UPDATE ON invoices FOR EACH ROW EXECUTE FUNCTION audit();
ALTER TABLE invoices ENABLE ROW LEVEL SECURITY;

-- Extended statistics target and a view column default: catalog-only.
ALTER STATISTICS orders_stats SET STATISTICS 500;
ALTER VIEW order_totals_v ALTER COLUMN total SET DEFAULT 0;
