CREATE TABLE addresses (id int PRIMARY KEY, city text, zip text, country text);
CREATE STATISTICS addresses_geo (dependencies) ON city, zip, country FROM addresses;
