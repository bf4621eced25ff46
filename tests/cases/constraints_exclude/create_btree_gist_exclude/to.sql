-- create a named EXCLUDE constraint mixing scalar = and range && (needs btree_gist) with a WHERE clause
     CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE reservations (
    id integer PRIMARY KEY,
    room integer NOT NULL,
    during tstzrange NOT NULL,
    cancelled boolean NOT NULL DEFAULT false,
    CONSTRAINT reservations_no_overlap EXCLUDE USING gist (room WITH =, during WITH &&) WHERE (NOT cancelled)
);
