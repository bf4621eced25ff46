    CREATE TYPE status AS ENUM ('active', 'inactive');

CREATE TABLE t (
        id integer PRIMARY KEY,
        v text
    );
