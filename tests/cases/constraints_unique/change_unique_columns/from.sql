CREATE TABLE products (
    id integer PRIMARY KEY,
    sku text NOT NULL,
    vendor_id integer,
    vendor_code text,
    barcode text,
    CONSTRAINT products_vendor_uq UNIQUE (vendor_id, vendor_code)
);
