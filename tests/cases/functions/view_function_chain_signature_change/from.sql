CREATE TABLE prices (id int PRIMARY KEY, net numeric NOT NULL);
CREATE VIEW v1 AS SELECT id, net FROM prices;
CREATE VIEW v2 AS SELECT id, net FROM v1 WHERE net > 0;
CREATE FUNCTION prices_above(lim integer) RETURNS SETOF v2 LANGUAGE sql STABLE AS $$ SELECT * FROM v2 WHERE net > lim $$;
