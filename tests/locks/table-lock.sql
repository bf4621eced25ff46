-- Probe for table-lock: LOCK TABLE without a mode is ACCESS EXCLUSIVE, held to the end of the transaction.
-- relation: t
-- statement
LOCK TABLE t;
