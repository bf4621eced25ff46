-- change text to integer on a column whose text default must be dropped and re-added as an integer default
CREATE TABLE settings (
    key text PRIMARY KEY,
    value integer DEFAULT 0
);
