-- drop the referenced table; the FK on the remaining table must go first
CREATE TABLE books (
    id integer PRIMARY KEY,
    author_id integer NOT NULL,
    title text NOT NULL
);
