-- change a DEFERRABLE unique constraint from INITIALLY DEFERRED to INITIALLY IMMEDIATE
CREATE TABLE products (
    id integer PRIMARY KEY,
    sku text NOT NULL,
    vendor_id integer,
    vendor_code text,
    barcode text,
    CONSTRAINT products_sku_key UNIQUE (sku) DEFERRABLE INITIALLY IMMEDIATE
);
