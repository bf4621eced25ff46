-- change timestamp to timestamptz
CREATE TABLE t (
    id integer PRIMARY KEY,
    v timestamptz
);
