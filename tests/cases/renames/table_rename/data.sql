INSERT INTO customers VALUES (1, 'ada', 'ada@example.com'); INSERT INTO orders VALUES (1, 1);
