CREATE TABLE measurements (city text NOT NULL, taken date NOT NULL, value real) PARTITION BY RANGE (taken);
CREATE TABLE measurements_2025 PARTITION OF measurements FOR VALUES FROM ('2025-01-01') TO ('2026-01-01') PARTITION BY LIST (city);
CREATE TABLE measurements_2025_paris PARTITION OF measurements_2025 FOR VALUES IN ('paris');
