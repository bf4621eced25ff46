-- set NOT NULL on existing columns whose data has no NULLs
CREATE TABLE users (
    id integer NOT NULL,
    email text NOT NULL,
    name text NOT NULL
);
