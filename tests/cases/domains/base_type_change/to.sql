CREATE DOMAIN qty AS bigint CHECK (VALUE >= 0);
CREATE TABLE items (id int PRIMARY KEY, q qty);
