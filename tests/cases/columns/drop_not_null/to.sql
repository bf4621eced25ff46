-- drop NOT NULL from existing columns
CREATE TABLE users (
    id integer PRIMARY KEY,
    email text,
    phone text
);
