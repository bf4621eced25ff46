-- drop a bigserial column; its owned sequence goes with it
CREATE TABLE tickets (
    code text PRIMARY KEY
);
