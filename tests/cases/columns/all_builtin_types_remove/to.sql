-- drop every non-key column of a table with columns of all common built-in types, keeping rows
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');

CREATE TABLE all_types (
    id integer PRIMARY KEY
);
