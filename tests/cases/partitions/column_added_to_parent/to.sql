CREATE TABLE readings (id int NOT NULL, at date NOT NULL, value numeric CHECK (value >= 0)) PARTITION BY RANGE (at);
CREATE TABLE readings_a PARTITION OF readings FOR VALUES FROM ('2025-01-01') TO ('2025-06-01');
