-- add a standalone sequence to a database that already has one
CREATE SEQUENCE order_number_seq START WITH 1000;
CREATE SEQUENCE invoice_number_seq AS integer START WITH 5000 INCREMENT BY 1;
