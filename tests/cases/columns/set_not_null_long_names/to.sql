-- two helper CHECKs whose names would be cut to the same 63 bytes get distinct names
CREATE TABLE customer_subscription_billing_address_history (id integer PRIMARY KEY, line_one text NOT NULL, line_two text NOT NULL);
