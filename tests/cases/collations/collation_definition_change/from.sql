CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = true);
CREATE TABLE users (id int PRIMARY KEY, login text COLLATE ci);
