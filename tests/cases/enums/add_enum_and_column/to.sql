-- create a new enum type and add a column of it (with default) and an enum array column to an existing table
CREATE TYPE visibility AS ENUM ('private', 'team', 'public');

CREATE TABLE documents (
    id integer PRIMARY KEY,
    title text NOT NULL,
    visibility visibility NOT NULL DEFAULT 'private',
    shared_with visibility[]
);
