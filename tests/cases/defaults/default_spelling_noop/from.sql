CREATE TABLE spelled (
    id integer PRIMARY KEY,
    a integer DEFAULT 0,
    b boolean DEFAULT true,
    c text DEFAULT 'x',
    d text,
    e timestamptz DEFAULT now(),
    f text[] DEFAULT '{}'::text[]
);
