-- change an enum column default to another label and add an enum default to a second column
CREATE TYPE priority AS ENUM ('low', 'normal', 'high');

CREATE TABLE tickets (
    id integer PRIMARY KEY,
    priority priority NOT NULL DEFAULT 'normal'::priority,
    escalation priority DEFAULT 'high'
);
