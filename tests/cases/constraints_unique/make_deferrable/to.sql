-- make a unique constraint DEFERRABLE INITIALLY DEFERRED
CREATE TABLE products (
    id integer PRIMARY KEY,
    sku text NOT NULL,
    vendor_id integer,
    vendor_code text,
    barcode text,
    CONSTRAINT products_sku_key UNIQUE (sku) DEFERRABLE INITIALLY DEFERRED
);
