CREATE TABLE scores (
    id integer PRIMARY KEY,
    value integer CHECK (value >= 0)
);
