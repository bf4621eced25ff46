CREATE TYPE textrange_c AS RANGE (subtype = text, collation = "C");
CREATE TABLE t (id int PRIMARY KEY, r textrange_c);
