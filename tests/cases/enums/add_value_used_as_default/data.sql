INSERT INTO accounts (id, plan) VALUES (1, 'free'), (2, 'paid');
