SET lock_timeout = '2s';
CREATE TABLE audit (id bigint, note text);
INSERT INTO audit VALUES (1, 'created with the table');
SELECT count(*) FROM audit;
REFRESH MATERIALIZED VIEW order_totals;
VACUUM FULL orders;
UPDATE orders SET note = '' WHERE note IS NULL;
