CREATE TABLE addresses (id int PRIMARY KEY, city text NOT NULL, zip text NOT NULL, country char(2) NOT NULL);
CREATE STATISTICS addresses_geo (ndistinct, dependencies) ON zip, city FROM addresses;
