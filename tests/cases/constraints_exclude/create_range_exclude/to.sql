-- create an EXCLUDE USING gist (during WITH &&) constraint on a range column (no extension needed)
CREATE TABLE maintenance_windows (
    id integer PRIMARY KEY,
    during tstzrange NOT NULL,
    EXCLUDE USING gist (during WITH &&)
);
