CREATE SEQUENCE order_no;
GRANT SELECT ON SEQUENCE order_no TO sd_reader;
