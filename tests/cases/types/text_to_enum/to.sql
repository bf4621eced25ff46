-- change a text column to an enum type with matching data (needs USING v::status)
    CREATE TYPE status AS ENUM ('active', 'inactive');

CREATE TABLE t (
        id integer PRIMARY KEY,
        v status
    );
