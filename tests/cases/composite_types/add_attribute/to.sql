CREATE TYPE address AS (street text, city text, country text);
CREATE TABLE shipments (id int PRIMARY KEY, dest address);
