-- the schema: legacy_orders is gone
CREATE TABLE users (id int PRIMARY KEY);
