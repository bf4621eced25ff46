CREATE TABLE users (id int PRIMARY KEY, email text, legacy text);
INSERT INTO users SELECT g, 'u' || g || '@example.com', 'x' FROM generate_series(1, 20) g;
ANALYZE users;
