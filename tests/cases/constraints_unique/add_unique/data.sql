INSERT INTO products (id, sku, vendor_id, vendor_code, barcode) VALUES
    (1, 'A-1', 1, 'x', '111'),
    (2, 'A-2', 1, 'y', NULL),
    (3, 'A-3', 2, 'x', '333');
