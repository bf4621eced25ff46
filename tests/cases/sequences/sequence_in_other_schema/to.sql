-- create a sequence in a non-public schema used by a default in a public table
CREATE SCHEMA counters;
CREATE SEQUENCE counters.ticket_seq AS bigint START WITH 10000;
CREATE TABLE tickets (
    id bigint PRIMARY KEY DEFAULT nextval('counters.ticket_seq'),
    title text
);
