CREATE TABLE clients (id bigint PRIMARY KEY);
