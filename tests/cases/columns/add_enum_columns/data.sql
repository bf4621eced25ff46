INSERT INTO widgets (id) VALUES (1);
