-- drop one standalone sequence and keep another
CREATE SEQUENCE order_number_seq START WITH 1000;
