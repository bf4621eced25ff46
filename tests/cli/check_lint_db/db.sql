CREATE TABLE users (id int PRIMARY KEY, email varchar(20));
INSERT INTO users SELECT g, 'u' || g FROM generate_series(1, 20) g;
ANALYZE users;
