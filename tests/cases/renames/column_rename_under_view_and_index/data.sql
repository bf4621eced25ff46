INSERT INTO accounts VALUES (1, 'a@example.com');
