INSERT INTO stamps (id) VALUES (1);
