-- add an enum value and a CHECK constraint that mentions the new value in the same release
CREATE TYPE state AS ENUM ('open', 'closed', 'archived');

CREATE TABLE threads (
    id integer PRIMARY KEY,
    state state NOT NULL DEFAULT 'open',
    archived_at timestamptz,
    CONSTRAINT threads_archived_has_date CHECK (state <> 'archived' OR archived_at IS NOT NULL)
);
