CREATE TABLE addresses (id int PRIMARY KEY, city text NOT NULL, zip varchar(10) NOT NULL, country varchar(3) NOT NULL);
CREATE STATISTICS addresses_cc (mcv) ON country, city FROM addresses;
