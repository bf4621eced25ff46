CREATE SEQUENCE ticket_no_seq;
CREATE TABLE tickets (
    no integer DEFAULT nextval('ticket_no_seq') NOT NULL,
    created_at timestamptz DEFAULT now(),
    state text DEFAULT 'open'
);
