CREATE TYPE address AS (street text, city text);
CREATE TABLE shipments (id int PRIMARY KEY, dest address);
