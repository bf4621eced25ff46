INSERT INTO documents (id) VALUES (1), (2);
