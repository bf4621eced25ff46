CREATE TABLE addresses (id int PRIMARY KEY, city text, zip text);
CREATE STATISTICS addresses_geo (dependencies) ON city, zip FROM addresses;
