-- make an FK DEFERRABLE INITIALLY DEFERRED
CREATE TABLE authors (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE books (
    id integer PRIMARY KEY,
    author_id integer REFERENCES authors (id) DEFERRABLE INITIALLY DEFERRED,
    title text NOT NULL
);
