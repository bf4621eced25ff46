INSERT INTO accounts (id, kind, balance, credit_limit) VALUES (1, 'personal', 10, 100), (2, 'business', 0, NULL);
