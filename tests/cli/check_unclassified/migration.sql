SET lock_timeout = '2s';
CREATE TABLE audit (id bigint, note text);
INSERT INTO audit VALUES (1, 'created with the table');
SELECT count(*) FROM audit;
DO $$BEGIN PERFORM 1; END$$;
CREATE TABLE totals AS SELECT 1 AS n;
UPDATE orders SET note = '' WHERE note IS NULL;
