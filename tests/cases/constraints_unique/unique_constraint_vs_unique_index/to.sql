-- replace a UNIQUE constraint by a unique index with a different name on the same column
CREATE TABLE products (
    id integer PRIMARY KEY,
    sku text NOT NULL,
    vendor_id integer,
    vendor_code text,
    barcode text
);
CREATE UNIQUE INDEX products_sku_uidx ON products (sku);
