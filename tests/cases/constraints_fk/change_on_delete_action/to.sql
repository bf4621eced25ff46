-- change ON DELETE CASCADE to ON DELETE SET NULL and add ON UPDATE CASCADE
CREATE TABLE authors (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE books (
    id integer PRIMARY KEY,
    author_id integer REFERENCES authors (id) ON DELETE SET NULL ON UPDATE CASCADE,
    title text NOT NULL
);
