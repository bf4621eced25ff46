CREATE TYPE color AS ENUM ('red', 'green', 'blue');

CREATE TABLE widgets (
    id integer PRIMARY KEY
);
