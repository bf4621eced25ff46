CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
CREATE TABLE readings (id int PRIMARY KEY, span floatrange, spans floatmultirange);
