-- Probe for fk-add: ADD FOREIGN KEY locks both tables in SHARE ROW EXCLUSIVE and checks every row.
-- relation: t
-- relation: p
-- statement
ALTER TABLE t ADD CONSTRAINT t_p_fk FOREIGN KEY (p_id) REFERENCES p (id);
