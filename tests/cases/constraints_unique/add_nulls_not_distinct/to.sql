-- make an existing unique constraint NULLS NOT DISTINCT (data has a single NULL)
CREATE TABLE products (
    id integer PRIMARY KEY,
    sku text NOT NULL,
    vendor_id integer,
    vendor_code text,
    barcode text,
    CONSTRAINT products_barcode_key UNIQUE NULLS NOT DISTINCT (barcode)
);
