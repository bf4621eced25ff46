INSERT INTO invoices (id, number) VALUES (1, 1), (2, 2);
