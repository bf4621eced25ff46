CREATE TABLE users (id int PRIMARY KEY, name text NOT NULL, legacy_code text);
CREATE VIEW legacy_users AS SELECT id, legacy_code FROM users WHERE legacy_code IS NOT NULL;
