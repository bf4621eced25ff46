CREATE TABLE addresses (id int PRIMARY KEY, city text NOT NULL, zip varchar(10) NOT NULL);
CREATE STATISTICS addresses_geo (dependencies) ON zip, city FROM addresses;
ALTER STATISTICS addresses_geo SET STATISTICS 0;
