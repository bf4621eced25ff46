CREATE TABLE café (prix numeric);
CREATE VIEW menu AS SELECT 'crème brûlée'::text AS plat, prix FROM café;
COMMENT ON VIEW menu IS 'la carte du café';
