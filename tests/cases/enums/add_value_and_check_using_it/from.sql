CREATE TYPE state AS ENUM ('open', 'closed');

CREATE TABLE threads (
    id integer PRIMARY KEY,
    state state NOT NULL DEFAULT 'open',
    archived_at timestamptz
);
