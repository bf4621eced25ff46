CREATE SCHEMA geo;
CREATE TYPE geo.point2 AS (x double precision, y double precision);
COMMENT ON TYPE geo.point2 IS 'a planar point';
