CREATE TYPE numrange2 AS RANGE (subtype = numeric);
CREATE TABLE prices (id int PRIMARY KEY, band numrange2);
