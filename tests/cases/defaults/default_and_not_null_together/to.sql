-- add a default and NOT NULL to the same existing column (data has no NULLs)
CREATE TABLE users (
    id integer PRIMARY KEY,
    role text NOT NULL DEFAULT 'member'
);
