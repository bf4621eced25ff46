-- change integer to bigint on a column with a default and a CHECK constraint
CREATE TABLE counters (
    name text PRIMARY KEY,
    value bigint NOT NULL DEFAULT 0 CHECK (value >= 0)
);
