-- Probe for sequence-alter-options: ALTER SEQUENCE with options takes SHARE ROW EXCLUSIVE on the sequence.
-- relation: s1
-- statement
ALTER SEQUENCE s1 INCREMENT BY 2 CACHE 10;
