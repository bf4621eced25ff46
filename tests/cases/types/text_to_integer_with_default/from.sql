CREATE TABLE settings (
    key text PRIMARY KEY,
    value text DEFAULT '0'
);
