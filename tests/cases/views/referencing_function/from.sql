CREATE TABLE prices (id int PRIMARY KEY, net numeric NOT NULL);
