-- change a sequence from AS integer to AS bigint, and another from AS bigint to AS smallint
CREATE SEQUENCE grow_seq AS bigint;
CREATE SEQUENCE shrink_seq AS smallint;
