-- Probe for sequence-owned-by: ALTER SEQUENCE ... OWNED BY changes the catalog only (ACCESS SHARE on the table).
-- relation: s1
-- statement
ALTER SEQUENCE s1 OWNED BY t.i;
