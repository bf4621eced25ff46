-- add the btree_gist extension and an EXCLUDE constraint that needs it in the same migration
CREATE EXTENSION btree_gist;

CREATE TABLE reservations (
    id integer PRIMARY KEY,
    room integer NOT NULL,
    during tstzrange NOT NULL,
    EXCLUDE USING gist (room WITH =, during WITH &&)
);
