CREATE TABLE items (
    id serial,
    name text
);
