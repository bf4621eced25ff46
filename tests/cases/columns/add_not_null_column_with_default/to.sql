-- add NOT NULL columns with defaults (constant and volatile) to a table with rows
CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    active boolean NOT NULL DEFAULT true,
    login_count integer NOT NULL DEFAULT 0,
    token uuid NOT NULL DEFAULT gen_random_uuid()
);
