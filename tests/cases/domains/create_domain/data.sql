INSERT INTO people (id) VALUES (1), (2);
