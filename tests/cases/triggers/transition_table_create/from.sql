CREATE TABLE stock (id int PRIMARY KEY, qty int NOT NULL);
CREATE TABLE stock_audit (n bigint, at timestamptz DEFAULT now());
CREATE FUNCTION audit_stock() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO stock_audit(n) SELECT count(*) FROM new_rows; RETURN NULL; END $$;
