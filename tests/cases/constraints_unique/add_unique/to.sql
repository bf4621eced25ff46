-- add a single-column and a multi-column unique constraint to a table with distinct data
CREATE TABLE products (
    id integer PRIMARY KEY,
    sku text NOT NULL,
    vendor_id integer,
    vendor_code text,
    barcode text,
    UNIQUE (sku),
    UNIQUE (vendor_id, vendor_code)
);
