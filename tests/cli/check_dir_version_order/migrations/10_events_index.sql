CREATE INDEX events_at_idx ON events (at);
ALTER TABLE events ADD COLUMN kind text NOT NULL;
