CREATE TABLE events (id bigint NOT NULL, created date NOT NULL, payload text, PRIMARY KEY (id, created)) PARTITION BY RANGE (created);
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE events_default PARTITION OF events DEFAULT;
CREATE INDEX events_created_idx ON events (created);
CREATE INDEX events_payload_idx ON events (payload);
