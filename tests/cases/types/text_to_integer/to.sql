-- change text to integer with convertible data (needs USING v::integer)
CREATE TABLE t (
    id integer PRIMARY KEY,
    v integer
);
