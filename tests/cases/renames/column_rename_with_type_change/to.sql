CREATE TABLE orders (
    id bigint PRIMARY KEY,
    -- schemadiff:renamed-from total
    amount bigint NOT NULL
);
