INSERT INTO customers (email, full_name, phone, marketing_opt_in) VALUES
    ('ada@example.com', 'Ada Lovelace', '+44 20 1234', true),
    ('grace@example.com', 'Grace Hopper', NULL, false),
    ('linus@example.org', 'Linus T.', '+358 9 555', false);

INSERT INTO addresses (customer_id, kind, line1, city, postal_code, country, is_default) VALUES
    (1, 'shipping', '12 St James Sq', 'London', 'SW1Y 4JH', 'GB', true),
    (1, 'billing', '12 St James Sq', 'London', 'SW1Y 4JH', 'GB', true),
    (2, 'shipping', '1 Navy Way', 'Arlington', '22202', 'US', true);

INSERT INTO categories (id, parent_id, name, slug) VALUES
    (1, NULL, 'Furniture', 'furniture'),
    (2, 1, 'Chairs', 'chairs'),
    (3, NULL, 'Books', 'books');

INSERT INTO products (id, sku, name, description, price, weight_grams, attributes) VALUES
    (1, 'CH-001', 'Oak chair', 'Solid oak', 149.00, 5200, '{"wood": "oak"}'),
    (2, 'CH-002', 'Steel chair', NULL, 89.50, 4100, '{}'),
    (3, 'BK-001', 'Notes on the Analytical Engine', 'Reprint', 19.99, 300, '{"pages": 66}');

INSERT INTO product_categories (product_id, category_id) VALUES (1, 2), (2, 2), (3, 3);

INSERT INTO inventory (product_id, quantity, reserved) VALUES (1, 10, 2), (2, 0, 0), (3, 250, 10);

INSERT INTO coupons (code, percent_off, valid_from, valid_until) VALUES ('WELCOME10', 10, '2024-01-01', '2030-12-31');

INSERT INTO orders (customer_id, status, coupon_id, shipping_address_id, total, placed_at) VALUES
    (1, 'delivered', 1, 1, 168.99, '2024-03-01 10:00:00+00'),
    (2, 'paid', NULL, 3, 89.50, '2024-03-02 11:30:00+00'),
    (1, 'pending', NULL, NULL, 0, '2024-03-03 09:15:00+00');

INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price) VALUES
    (1, 1, 1, 1, 149.00),
    (1, 2, 3, 1, 19.99),
    (2, 1, 2, 1, 89.50);

INSERT INTO payments (order_id, method, amount, provider_ref, paid_at) VALUES
    (1, 'card', 168.99, 'ch_1', '2024-03-01 10:01:00+00'),
    (2, 'paypal', 89.50, 'pp_2', '2024-03-02 11:31:00+00');

INSERT INTO shipments (order_id, carrier, tracking_number, shipped_at, delivered_at) VALUES
    (1, 'UPS', '1Z999', '2024-03-01 15:00:00+00', '2024-03-03 12:00:00+00');

INSERT INTO reviews (product_id, customer_id, rating, title, body) VALUES
    (1, 1, 5, 'Lovely', 'Sturdy and pretty.'),
    (3, 2, 4, NULL, NULL);
