INSERT INTO customer_subscription_billing_address_history VALUES (1, 'a', 'b');
