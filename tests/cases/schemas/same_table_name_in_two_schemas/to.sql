-- add a table whose name already exists in another schema (tenant_a.users exists, add tenant_b.users)
CREATE SCHEMA tenant_a;
CREATE SCHEMA tenant_b;

CREATE TABLE tenant_a.users (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE tenant_b.users (
    id integer PRIMARY KEY,
    name text NOT NULL,
    active boolean NOT NULL DEFAULT true
);
