CREATE TABLE sessions (id uuid NOT NULL, data jsonb) PARTITION BY HASH (id);
CREATE TABLE sessions_1 (id uuid NOT NULL, data jsonb);
ALTER TABLE sessions ATTACH PARTITION sessions_1 FOR VALUES WITH (modulus 2, remainder 1);
CREATE TABLE sessions_0 (id uuid NOT NULL, data jsonb);
ALTER TABLE sessions ATTACH PARTITION sessions_0 FOR VALUES WITH (modulus 2, remainder 0);
