-- add a serial column to a table with rows (creates an owned sequence and fills existing rows)
CREATE TABLE tickets (
    code text PRIMARY KEY,
    seq_no serial NOT NULL
);
