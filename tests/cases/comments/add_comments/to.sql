-- add comments on schema, table, column, index, constraint, sequence, type and extension
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

COMMENT ON SCHEMA app IS 'Application objects';
COMMENT ON TABLE app.tickets IS 'Support tickets';
COMMENT ON COLUMN app.tickets.title IS 'Short summary shown in lists';
COMMENT ON INDEX app.tickets_status_idx IS 'Speeds up filtering by status';
COMMENT ON CONSTRAINT tickets_title_not_empty ON app.tickets IS 'Titles must not be empty';
COMMENT ON SEQUENCE app.ticket_seq IS 'Ticket numbers';
COMMENT ON TYPE app.status IS 'On/off switch';
COMMENT ON EXTENSION hstore IS 'Key/value store';
