CREATE TABLE users (
    id integer PRIMARY KEY,
    email text UNIQUE,
    tenant_id integer,
    code text,
    UNIQUE (tenant_id, code) DEFERRABLE
);
