CREATE TABLE addresses (id int PRIMARY KEY, city text NOT NULL, zip varchar(10) NOT NULL, country char(2) NOT NULL);
CREATE STATISTICS addresses_geo (mcv) ON zip, city FROM addresses;
