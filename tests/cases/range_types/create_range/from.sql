CREATE TABLE prices (id int PRIMARY KEY);
