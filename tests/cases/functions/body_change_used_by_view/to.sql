CREATE TABLE prices (id int PRIMARY KEY, net numeric NOT NULL);
CREATE FUNCTION with_vat(amount numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT round(amount * 1.21, 2) $$;
CREATE VIEW gross_prices AS SELECT id, with_vat(net) AS gross FROM prices;
