-- create column-level, table-level, named, multi-column, NULLS NOT DISTINCT, DEFERRABLE INITIALLY DEFERRED/IMMEDIATE unique constraints
CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL UNIQUE,
    username text CONSTRAINT users_username_uq UNIQUE,
    tenant_id integer,
    external_id text,
    phone text,
    seat integer,
    slot integer,
    UNIQUE (tenant_id, external_id),
    CONSTRAINT users_phone_uq UNIQUE NULLS NOT DISTINCT (phone),
    CONSTRAINT users_seat_uq UNIQUE (seat) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT users_slot_uq UNIQUE (slot) DEFERRABLE INITIALLY IMMEDIATE
);
