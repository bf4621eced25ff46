CREATE TABLE counters (
    name text PRIMARY KEY,
    value integer NOT NULL DEFAULT 0 CHECK (value >= 0)
);
