-- defaults written differently but equal once stored (DEFAULT NULL vs none, 0 vs (0), true vs TRUE, cast vs plain literal); the migration must be empty
CREATE TABLE spelled (
    id integer PRIMARY KEY,
    a integer DEFAULT (0),
    b boolean DEFAULT TRUE,
    c text DEFAULT 'x'::text,
    d text DEFAULT NULL,
    e timestamptz DEFAULT NOW(),
    f text[] DEFAULT '{}'
);
