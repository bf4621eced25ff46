CREATE TABLE logs (
    id bigint PRIMARY KEY,
    message text NOT NULL
);
