-- add an EXCLUDE constraint (room =, during &&) to a table with non-overlapping data; btree_gist already installed
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE reservations (
    id integer PRIMARY KEY,
    room integer NOT NULL,
    during tstzrange NOT NULL,
    CONSTRAINT reservations_no_overlap EXCLUDE USING gist (room WITH =, during WITH &&)
);
