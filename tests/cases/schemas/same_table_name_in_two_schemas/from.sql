CREATE SCHEMA tenant_a;
CREATE SCHEMA tenant_b;

CREATE TABLE tenant_a.users (
    id integer PRIMARY KEY,
    name text NOT NULL
);
