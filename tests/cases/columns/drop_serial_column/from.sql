CREATE TABLE tickets (
    code text PRIMARY KEY,
    seq_no bigserial
);
