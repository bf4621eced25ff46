-- change every comment (one contains a quote)
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

COMMENT ON SCHEMA app IS 'Application objects (v2)';
COMMENT ON TABLE app.tickets IS 'Support tickets, one row per request';
COMMENT ON COLUMN app.tickets.title IS 'Short summary; it''s shown in lists';
COMMENT ON INDEX app.tickets_status_idx IS 'Used by the status filter';
COMMENT ON CONSTRAINT tickets_title_not_empty ON app.tickets IS 'Titles need at least one character';
COMMENT ON SEQUENCE app.ticket_seq IS 'Sequence for ticket numbers';
COMMENT ON TYPE app.status IS 'Ticket switch state';
COMMENT ON EXTENSION hstore IS 'hstore: key/value pairs';
