CREATE TABLE users (id int PRIMARY KEY, email text, legacy text, nickname text);
CREATE TABLE orders (id int PRIMARY KEY, user_id int);
