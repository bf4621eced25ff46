CREATE SCHEMA app;
CREATE SEQUENCE app.s;
CREATE SEQUENCE app.u_x_seq;
CREATE SEQUENCE s START 100;
CREATE TABLE u (id int DEFAULT nextval('s'), x serial, y bigint DEFAULT nextval('s'::regclass));
