-- Probe for sequence-drop: DROP SEQUENCE takes ACCESS EXCLUSIVE on the sequence.
-- relation: s1
-- statement
DROP SEQUENCE s1;
