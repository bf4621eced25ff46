CREATE TABLE orders (
    id bigint PRIMARY KEY,
    total integer NOT NULL
);
