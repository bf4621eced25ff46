-- change an EXCLUDE constraint from global (during &&) to per room (room =, during &&), made DEFERRABLE
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE reservations (
    id integer PRIMARY KEY,
    room integer NOT NULL,
    during tstzrange NOT NULL,
    CONSTRAINT reservations_no_overlap EXCLUDE USING gist (room WITH =, during WITH &&) DEFERRABLE
);
