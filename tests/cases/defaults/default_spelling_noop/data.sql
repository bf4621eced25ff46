INSERT INTO spelled (id) VALUES (1);
