CREATE TABLE customer_subscription_billing_address_history (id integer PRIMARY KEY, line_one text, line_two text);
