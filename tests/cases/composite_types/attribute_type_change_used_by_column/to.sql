CREATE TYPE money_amount AS (value bigint, currency char(3));
CREATE TABLE prices (id int PRIMARY KEY, amount money_amount);
