-- Probe for table-vacuum: plain VACUUM takes SHARE UPDATE EXCLUSIVE (it waits here on a blocker holding the same).
-- relation: t
-- blocker: SHARE UPDATE EXCLUSIVE
-- statement
VACUUM (FULL false) t;
