CREATE TABLE stamps (
    id integer PRIMARY KEY,
    a timestamptz DEFAULT now(),
    b timestamptz DEFAULT CURRENT_TIMESTAMP
);
