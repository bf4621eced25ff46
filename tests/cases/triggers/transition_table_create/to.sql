CREATE TABLE stock (id int PRIMARY KEY, qty int NOT NULL);
CREATE TABLE stock_audit (n bigint, at timestamptz DEFAULT now());
CREATE FUNCTION audit_stock() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO stock_audit(n) SELECT count(*) FROM new_rows; RETURN NULL; END $$;
CREATE TRIGGER stock_audit AFTER INSERT ON stock REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_stock();
