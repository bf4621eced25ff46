CREATE TABLE blobs (id int PRIMARY KEY, meta jsonb, data bytea);
ALTER TABLE blobs ALTER COLUMN data SET STORAGE EXTERNAL;
