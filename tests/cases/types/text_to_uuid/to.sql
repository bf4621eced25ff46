-- change text to uuid with valid data (needs USING v::uuid)
CREATE TABLE t (
    id integer PRIMARY KEY,
    v uuid
);
