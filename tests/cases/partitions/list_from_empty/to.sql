CREATE TABLE regions (code text PRIMARY KEY);
CREATE TABLE orders (id bigint NOT NULL, region text NOT NULL REFERENCES regions (code), total numeric(10,2), PRIMARY KEY (id, region)) PARTITION BY LIST (region);
CREATE TABLE orders_eu PARTITION OF orders FOR VALUES IN ('de', 'fr', 'it');
CREATE TABLE orders_us PARTITION OF orders FOR VALUES IN ('us');
CREATE TABLE orders_other PARTITION OF orders DEFAULT;
CREATE INDEX orders_total_idx ON orders (total);
