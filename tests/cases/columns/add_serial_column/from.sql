CREATE TABLE tickets (
    code text PRIMARY KEY
);
