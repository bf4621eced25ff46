CREATE TABLE events (id bigint NOT NULL, created date NOT NULL, payload text, PRIMARY KEY (id, created)) PARTITION BY RANGE (created);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX events_created_idx ON events (created);
