-- point a named FK at a different referenced table
CREATE TABLE authors (
    id integer PRIMARY KEY,
    name text NOT NULL
);
CREATE TABLE people (
    id integer PRIMARY KEY,
    name text NOT NULL
);
CREATE TABLE books (
    id integer PRIMARY KEY,
    author_id integer,
    CONSTRAINT books_author_fk FOREIGN KEY (author_id) REFERENCES people (id)
);
