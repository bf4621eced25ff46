CREATE TABLE accounts (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE SCHEMA audit;

CREATE SEQUENCE audit.event_seq;

CREATE TABLE audit.events (
    id bigint PRIMARY KEY DEFAULT nextval('audit.event_seq'),
    account_id integer REFERENCES accounts (id) ON DELETE SET NULL,
    happened_at timestamptz NOT NULL DEFAULT now()
);

ALTER SEQUENCE audit.event_seq OWNED BY audit.events.id;
