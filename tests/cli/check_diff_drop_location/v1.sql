CREATE TABLE users (id int PRIMARY KEY);

-- gone in v2
CREATE TABLE legacy_orders (id int PRIMARY KEY);
