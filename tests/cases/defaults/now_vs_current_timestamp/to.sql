-- switch a default from now() to CURRENT_TIMESTAMP and another from CURRENT_TIMESTAMP to now() (PG stores them differently)
CREATE TABLE stamps (
    id integer PRIMARY KEY,
    a timestamptz DEFAULT CURRENT_TIMESTAMP,
    b timestamptz DEFAULT now()
);
