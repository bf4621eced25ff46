CREATE TABLE events (
    id bigint PRIMARY KEY,
    name text NOT NULL
);
