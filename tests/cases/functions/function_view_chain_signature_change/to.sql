CREATE TABLE prices (id int PRIMARY KEY, net numeric(10,2) NOT NULL);
CREATE FUNCTION with_vat(amount numeric, rate numeric DEFAULT 1.2) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT amount * rate $$;
CREATE VIEW gross_prices AS SELECT id, net, with_vat(net) AS gross FROM prices;
CREATE VIEW expensive_prices AS SELECT id, gross, with_vat(gross) AS gross_twice FROM gross_prices WHERE gross > 100;
