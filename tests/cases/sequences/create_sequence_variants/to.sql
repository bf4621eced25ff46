-- create sequences with AS smallint/integer/bigint, START, INCREMENT (negative too), MINVALUE, MAXVALUE, CACHE, CYCLE and OWNED BY
CREATE SEQUENCE plain_seq;
CREATE SEQUENCE small_seq AS smallint;
CREATE SEQUENCE int_seq AS integer START WITH 100 INCREMENT BY 10 MINVALUE 100 MAXVALUE 1000000 CACHE 5;
CREATE SEQUENCE big_seq AS bigint START 1 INCREMENT 1 NO MINVALUE NO MAXVALUE;
CREATE SEQUENCE cyclic_seq AS integer MINVALUE 1 MAXVALUE 10 CYCLE;
CREATE SEQUENCE countdown_seq INCREMENT BY -1;

CREATE TABLE invoices (
    id integer NOT NULL DEFAULT nextval('int_seq'),
    number bigint
);

ALTER SEQUENCE int_seq OWNED BY invoices.id;
