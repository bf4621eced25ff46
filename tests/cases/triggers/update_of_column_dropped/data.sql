INSERT INTO lines (id, qty, total) VALUES (1, 2, 4);
