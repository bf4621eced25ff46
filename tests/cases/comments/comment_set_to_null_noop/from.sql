CREATE EXTENSION hstore;
CREATE SCHEMA app;
CREATE TYPE app.status AS ENUM ('on', 'off');
CREATE SEQUENCE app.ticket_seq;
CREATE TABLE app.tickets (
    id integer PRIMARY KEY DEFAULT nextval('app.ticket_seq'),
    title text NOT NULL,
    status app.status NOT NULL DEFAULT 'on',
    CONSTRAINT tickets_title_not_empty CHECK (title <> '')
);
CREATE INDEX tickets_status_idx ON app.tickets (status);
