CREATE TYPE address AS (street text, city varchar(80), zip char(5));
CREATE TABLE shipments (id int PRIMARY KEY, dest address);
