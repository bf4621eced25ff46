CREATE TABLE users (id int PRIMARY KEY);
CREATE TABLE legacy_orders (id int PRIMARY KEY);
