CREATE SEQUENCE grow_seq AS integer;
CREATE SEQUENCE shrink_seq AS bigint;
