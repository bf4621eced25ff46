CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE users (id int PRIMARY KEY, login text COLLATE ci);
